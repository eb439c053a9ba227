package com.consulting.cse.caller;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users for HTTP Basic, defined in configuration ({@code app.security.users}). Passwords carry their
 * encoding id, e.g. <code>{bcrypt}$2a$...</code>.
 */
@ConfigurationProperties("app.security")
record SecurityUsersProperties(List<User> users) {

	SecurityUsersProperties {
		users = (users != null) ? List.copyOf(users) : List.of();
	}

	record User(String username, String password, Set<Role> roles, Set<String> clientIds) {

		User {
			roles = (roles != null) ? Set.copyOf(roles) : Set.of();
			clientIds = (clientIds != null) ? Set.copyOf(clientIds) : Set.of();
		}

	}

}
