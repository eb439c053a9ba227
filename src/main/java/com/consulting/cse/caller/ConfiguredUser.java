package com.consulting.cse.caller;

import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A configured HTTP Basic user, remembering the clients it may act for.
 */
final class ConfiguredUser extends User {

	private final Set<Role> roles;

	private final Set<String> clientIds;

	ConfiguredUser(SecurityUsersProperties.User user) {
		super(user.username(), user.password(),
				user.roles().stream().map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
		this.roles = user.roles();
		this.clientIds = user.clientIds();
	}

	Caller toCaller() {
		return new Caller(getUsername(), this.roles, this.clientIds);
	}

}
