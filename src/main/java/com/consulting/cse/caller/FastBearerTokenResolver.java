package com.consulting.cse.caller;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Spring Security's bearer token resolution with its defaults (the {@code Authorization} header only), which
 * answers a well-formed {@code Bearer} header by a character loop instead of the default's regular
 * expression, and hands every other request, the malformed ones included, to {@link DefaultBearerTokenResolver}
 * for its answers and errors.
 */
final class FastBearerTokenResolver implements BearerTokenResolver {

	private static final String BEARER = "Bearer ";

	private final DefaultBearerTokenResolver delegate = new DefaultBearerTokenResolver();

	@Override
	public String resolve(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
				&& isToken(header, BEARER.length())) {
			return header.substring(BEARER.length());
		}
		return this.delegate.resolve(request);
	}

	/** {@code [a-zA-Z0-9-._~+/]+=*} from {@code start} to the end, as RFC 6750's b64token. */
	static boolean isToken(String text, int start) {
		int i = start;
		while (i < text.length() && isTokenCharacter(text.charAt(i))) {
			i++;
		}
		if (i == start) {
			return false;
		}
		while (i < text.length() && text.charAt(i) == '=') {
			i++;
		}
		return i == text.length();
	}

	private static boolean isTokenCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~' || c == '+' || c == '/';
	}

}
