package com.consulting.cse.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@value #HEADER} when it is well-formed, a new UUID otherwise. The
 * id is on every response (errors included) and in the {@value #MDC_KEY} field of every log line written
 * while the request is handled, its error dispatch included. The filter runs first, before security and the
 * body limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	public static final String MDC_KEY = "request_id";

	private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	/** Visible ASCII without separators or quotes, as tracing systems and proxies generate them. */
	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:+/=-]{1,128}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = (request.getAttribute(ATTRIBUTE) instanceof String known) ? known
				: requestId(request.getHeader(HEADER));
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader(HEADER, id);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
			LogContext.clear();
		}
	}

	static String requestId(String offered) {
		return (offered != null && WELL_FORMED.matcher(offered).matches()) ? offered : UUID.randomUUID().toString();
	}

	/** An error dispatch logs too, under the same id. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
