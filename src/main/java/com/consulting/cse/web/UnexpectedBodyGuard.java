package com.consulting.cse.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a body sent to an operation that takes none (share, approve, complete a step, cancel...), so that
 * {@code {"status": "approved"}} or a malformed document is never silently ignored while the operation runs.
 * An empty body, white space or an empty JSON object is accepted: it carries nothing. Forms are refused
 * without reading, as the container may already have consumed them as parameters or parts.
 */
class UnexpectedBodyGuard implements HandlerInterceptor {

	private final Map<HandlerMethod, Boolean> takesBody = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && !this.takesBody.computeIfAbsent(method, UnexpectedBodyGuard::declaresBody)
				&& hasBody(request) && !carriesNothing(request)) {
			throw ApiException.invalidField("body", "must be empty: this operation takes no request body");
		}
		return true;
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
	}

	private static boolean declaresBody(HandlerMethod method) {
		for (MethodParameter parameter : method.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				return true;
			}
		}
		return false;
	}

	private static boolean carriesNothing(HttpServletRequest request) {
		String type = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
		if (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded")) {
			return false;
		}
		StringBuilder significant = new StringBuilder();
		try (InputStream body = request.getInputStream()) {
			byte[] buffer = new byte[8192];
			for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
				for (int i = 0; i < n && significant.length() <= 2; i++) {
					if (buffer[i] != ' ' && buffer[i] != '\t' && buffer[i] != '\r' && buffer[i] != '\n') {
						significant.append((char) buffer[i]);
					}
				}
			}
		}
		catch (BodyLimitFilter.BodyTooLargeException ex) {
			throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, BodyLimitFilter.DETAIL);
		}
		catch (IOException ex) {
			return false;
		}
		return significant.isEmpty() || "{}".contentEquals(significant);
	}

}
