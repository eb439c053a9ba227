package com.consulting.cse.caller;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Browser frontends on other origins ({@code app.cors.allowed-origins}, exact origins or patterns such as
 * {@code https://*.example.com}). Off when no origin is listed: browsers then refuse cross-origin calls.
 *
 * @param allowedOrigins the origins allowed to call {@code /api/**}
 * @param maxAge how long a browser may cache a preflight answer
 */
@ConfigurationProperties("app.cors")
record CorsProperties(List<String> allowedOrigins, Duration maxAge) {

	private static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "Idempotency-Key",
			"If-Match", "If-None-Match", "X-Request-Id");

	private static final List<String> RESPONSE_HEADERS = List.of("Location", "ETag", "Idempotent-Replayed",
			"X-Request-Id", "WWW-Authenticate", "Retry-After");

	CorsProperties {
		allowedOrigins = (allowedOrigins != null) ? List.copyOf(allowedOrigins) : List.of();
		maxAge = (maxAge != null) ? maxAge : Duration.ofMinutes(30);
	}

	boolean enabled() {
		return !this.allowedOrigins.isEmpty();
	}

	UrlBasedCorsConfigurationSource source() {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOriginPatterns(this.allowedOrigins);
		configuration.setAllowedMethods(List.of("GET", "POST", "PATCH"));
		configuration.setAllowedHeaders(REQUEST_HEADERS);
		configuration.setExposedHeaders(RESPONSE_HEADERS);
		configuration.setMaxAge(this.maxAge);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", configuration);
		return source;
	}

}
