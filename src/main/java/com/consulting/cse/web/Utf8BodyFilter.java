package com.consulting.cse.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON request bodies that are not well-formed UTF-8 (RFC 8259, RFC 3629): the JSON parser decodes
 * some ill-formed sequences leniently, such as the overlong {@code C0 AF} for {@code /}, where the API must
 * answer 400 instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 21)
class Utf8BodyFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(isJson(request.getContentType()) ? new InspectedRequest(request, new Utf8Check()) : request,
				response);
	}

	private static boolean isJson(String contentType) {
		try {
			MediaType type = (contentType != null) ? MediaType.parseMediaType(contentType) : null;
			return type != null && "application".equals(type.getType())
					&& ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** The body is not well-formed UTF-8. */
	static final class MalformedUtf8Exception extends IOException {

		MalformedUtf8Exception() {
			super("The request body is not well-formed UTF-8");
		}

	}

	/** Checks each byte against the well-formed UTF-8 sequences of RFC 3629, table 3-7 of Unicode. */
	private static final class Utf8Check implements InspectedRequest.Inspector {

		private int pending;

		private int lowest = 0x80;

		private int highest = 0xBF;

		@Override
		public void inspect(byte[] buffer, int offset, int length) throws MalformedUtf8Exception {
			for (int i = 0; i < length; i++) {
				check(buffer[offset + i] & 0xFF);
			}
		}

		@Override
		public void end() throws MalformedUtf8Exception {
			if (this.pending > 0) {
				throw new MalformedUtf8Exception();
			}
		}

		private void check(int b) throws MalformedUtf8Exception {
			if (this.pending > 0) {
				if (b < this.lowest || b > this.highest) {
					throw new MalformedUtf8Exception();
				}
				this.pending--;
				this.lowest = 0x80;
				this.highest = 0xBF;
			}
			else if (b >= 0x80) {
				start(b);
			}
		}

		private void start(int b) throws MalformedUtf8Exception {
			if (b >= 0xC2 && b <= 0xDF) {
				this.pending = 1;
			}
			else if (b >= 0xE0 && b <= 0xEF) {
				this.pending = 2;
				this.lowest = (b == 0xE0) ? 0xA0 : 0x80;
				this.highest = (b == 0xED) ? 0x9F : 0xBF;
			}
			else if (b >= 0xF0 && b <= 0xF4) {
				this.pending = 3;
				this.lowest = (b == 0xF0) ? 0x90 : 0x80;
				this.highest = (b == 0xF4) ? 0x8F : 0xBF;
			}
			else {
				throw new MalformedUtf8Exception();
			}
		}

	}

}
