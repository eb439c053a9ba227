package com.consulting.cse.caller;

import java.io.IOException;

import com.consulting.cse.web.LogContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the authenticated user's id ({@code sub} of a token, or the Basic user name, as {@link Caller#userId()})
 * into the {@code user_id} field of the request's log lines. Runs right after the security filter chain.
 */
final class AuthenticatedUserLogFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			LogContext.user(authentication.getName());
		}
		chain.doFilter(request, response);
	}

}
