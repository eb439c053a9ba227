package com.consulting.cse.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code app.limits.max-body-size} with 413, whether the size is declared in
 * {@code Content-Length} or only discovered while a chunked body is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BodyLimitFilter extends OncePerRequestFilter {

	static final String DETAIL = "The request body is larger than the service accepts";

	private final long maxBytes;

	private final Problems problems;

	BodyLimitFilter(@Value("${app.limits.max-body-size:1MB}") DataSize maxBodySize, Problems problems) {
		this.maxBytes = maxBodySize.toBytes();
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			response.setHeader("Connection", "close");
			this.problems.write(request, response, ErrorCode.PAYLOAD_TOO_LARGE, DETAIL);
			return;
		}
		chain.doFilter(new InspectedRequest(request, new Counter(this.maxBytes)), response);
	}

	static boolean isTooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException) {
				return true;
			}
		}
		return false;
	}

	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super(DETAIL);
		}

	}

	/** Counts the bytes of a body whose size was not declared, refusing it once past the limit. */
	private static final class Counter implements InspectedRequest.Inspector {

		private final long maxBytes;

		private long read;

		Counter(long maxBytes) {
			this.maxBytes = maxBytes;
		}

		@Override
		public void inspect(byte[] buffer, int offset, int length) throws IOException {
			this.read += length;
			if (this.read > this.maxBytes) {
				throw new BodyTooLargeException();
			}
		}

		@Override
		public void end() {
		}

	}

}
