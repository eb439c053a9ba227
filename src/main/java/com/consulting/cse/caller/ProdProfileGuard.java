package com.consulting.cse.caller;

import java.util.Arrays;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Under the {@code prod} profile, refuses to start without a way to authenticate (a JWT key or issuer, or
 * configured users) and with the demo users switched on.
 */
@Component
@Profile("prod")
class ProdProfileGuard {

	private static final String[] JWT_PROPERTIES = { "spring.security.oauth2.resourceserver.jwt.issuer-uri",
			"spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
			"spring.security.oauth2.resourceserver.jwt.public-key-location" };

	ProdProfileGuard(Environment environment, SecurityUsersProperties users) {
		if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
			throw new IllegalStateException("The demo profile and its users must not be active together with prod");
		}
		boolean jwt = Arrays.stream(JWT_PROPERTIES).anyMatch((name) -> StringUtils.hasText(environment.getProperty(name)));
		if (!jwt && users.users().isEmpty()) {
			throw new IllegalStateException("The prod profile needs a JWT issuer or key "
					+ "(spring.security.oauth2.resourceserver.jwt.*) or users in app.security.users");
		}
	}

}
