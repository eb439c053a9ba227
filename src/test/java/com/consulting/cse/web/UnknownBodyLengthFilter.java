package com.consulting.cse.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Test-only: makes a MockMvc request that carries {@value #HEADER} look like a chunked upload, whose length is
 * unknown until its body has been read.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UnknownBodyLengthFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Test-Unknown-Length";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter((request.getHeader(HEADER) != null) ? new UnknownLength(request) : request, response);
	}

	private static final class UnknownLength extends HttpServletRequestWrapper {

		UnknownLength(HttpServletRequest request) {
			super(request);
		}

		@Override
		public int getContentLength() {
			return -1;
		}

		@Override
		public long getContentLengthLong() {
			return -1;
		}

		@Override
		public String getHeader(String name) {
			return isContentLength(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return isContentLength(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(
					Collections.list(super.getHeaderNames()).stream().filter((name) -> !isContentLength(name)).toList());
		}

		private static boolean isContentLength(String name) {
			return HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name);
		}

	}

}
