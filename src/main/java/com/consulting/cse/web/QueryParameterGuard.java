package com.consulting.cse.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query parameters an API operation does not declare, such as {@code client_id[$ne]=x} or a
 * misspelt filter, repeated ones and values with control characters (a NUL would otherwise make an enum filter
 * silently vanish), so that a typo never silently widens or narrows a list.
 */
class QueryParameterGuard implements HandlerInterceptor {

	private final Map<HandlerMethod, Set<String>> declared = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String query = request.getQueryString();
		if (query == null || query.isEmpty() || !(handler instanceof HandlerMethod method)
				|| !request.getRequestURI().startsWith("/api/")) {
			return true;
		}
		Set<String> allowed = this.declared.computeIfAbsent(method, QueryParameterGuard::declaredNames);
		Set<String> seen = new HashSet<>();
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			String[] nameAndValue = pair.split("=", 2);
			String name = decode(nameAndValue[0]);
			if (!allowed.contains(name)) {
				throw ApiException.invalidField(Problems.printable(name), "is not a query parameter of this operation");
			}
			if (!seen.add(name)) {
				throw ApiException.invalidField(name, "must be given at most once");
			}
			if (nameAndValue.length > 1 && decode(nameAndValue[1]).chars().anyMatch(Character::isISOControl)) {
				throw ApiException.invalidField(name, "must not contain control characters");
			}
		}
		return true;
	}

	private static Set<String> declaredNames(HandlerMethod method) {
		Set<String> names = new HashSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestParam.class)) {
				names.add(RequestParameters.nameOf(parameter));
			}
		}
		return names;
	}

	private static String decode(String name) {
		try {
			return URLDecoder.decode(name, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return name;
		}
	}

}
