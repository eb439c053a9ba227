package com.consulting.cse.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asserts that a response is one of the API's problem documents (API.md): {@code application/problem+json}
 * with {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance} and {@code code}.
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	public static void assertProblem(MvcTestResult result, ErrorCode code, String instance) {
		HttpStatus status = code.status();
		assertThat(result).hasStatus(status);
		assertThat(result.getResponse().getContentType()).as("content type")
			.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code.code());
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:problem:" + code.code());
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo(code.title());
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
		assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
		assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo(instance);
	}

}
