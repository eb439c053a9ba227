package com.consulting.cse.caller;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.consulting.cse.web.ErrorCode;
import com.consulting.cse.web.Problems;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as problem documents, keeping the {@code WWW-Authenticate} challenges of bearer and Basic.
 */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	private final Problems problems;

	private final boolean basic;

	private final boolean jwt;

	ProblemSecurityHandlers(Problems problems, boolean basic, boolean jwt) {
		this.problems = problems;
		this.basic = basic;
		this.jwt = jwt;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (this.jwt) {
			this.bearer.commence(request, response, ex);
		}
		if (this.basic) {
			response.addHeader("WWW-Authenticate", "Basic realm=\"client-scoped-execution\"");
		}
		String detail = (ex instanceof InvalidBearerTokenException) ? "The bearer token is invalid or expired"
				: "Authentication is required";
		this.problems.write(request, response, ErrorCode.UNAUTHENTICATED, detail);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		this.problems.write(request, response, ErrorCode.FORBIDDEN, "Your role does not allow this operation");
	}

}
