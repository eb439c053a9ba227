package com.consulting.cse.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the API's problem documents and writes them where no controller advice reaches (filters, security).
 * Each one is counted in {@value #METRIC}, tagged by {@code code} and {@code status} (both from
 * {@link ErrorCode}, so the tags are bounded).
 */
@Component
public class Problems {

	private static final int MAX_ECHO = 80;

	static final String METRIC = "cse.problems";

	private final JsonMapper json;

	private final ObjectProvider<MeterRegistry> meters;

	Problems(JsonMapper json, ObjectProvider<MeterRegistry> meters) {
		this.json = json;
		this.meters = meters;
	}

	/** The problem document for {@code code}, counted. */
	ProblemDetail problem(ErrorCode code, String detail, String path, List<FieldError> errors) {
		MeterRegistry registry = this.meters.getIfAvailable();
		if (registry != null) {
			registry.counter(METRIC, "code", code.code(), "status", Integer.toString(code.status().value())).increment();
		}
		return of(code, detail, path, errors);
	}

	private static ProblemDetail of(ErrorCode code, String detail, String path, List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), detail);
		problem.setType(code.type());
		problem.setTitle(code.title());
		if (path != null) {
			problem.setInstance(URI.create(printablePath(path)));
		}
		problem.setProperty("code", code.code());
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code, String detail)
			throws IOException {
		ProblemDetail problem = problem(code, detail, request.getRequestURI(), List.of());
		response.setStatus(code.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

	/** A caller-supplied value made safe to echo in a detail: printable ASCII only, bounded in length. */
	public static String printable(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < value.length() && out.length() < MAX_ECHO; i++) {
			char c = value.charAt(i);
			out.append((c >= 0x20 && c < 0x7f) ? c : '?');
		}
		return (value.length() > MAX_ECHO) ? out + "..." : out.toString();
	}

	static String printablePath(String path) {
		StringBuilder out = new StringBuilder();
		for (char c : path.toCharArray()) {
			boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "/-_.~".indexOf(c) >= 0;
			out.append(safe ? c : '_');
			if (out.length() >= 256) {
				break;
			}
		}
		return out.toString();
	}

}
