package com.consulting.cse.caller;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The HTTP Basic users of {@code app.security.users}.
 */
final class ConfiguredUsers implements UserDetailsService {

	private final Map<String, SecurityUsersProperties.User> users;

	ConfiguredUsers(SecurityUsersProperties properties) {
		this.users = properties.users()
			.stream()
			.collect(Collectors.toUnmodifiableMap(SecurityUsersProperties.User::username, Function.identity()));
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		SecurityUsersProperties.User user = this.users.get(username);
		if (user == null) {
			throw new UsernameNotFoundException("Unknown user");
		}
		return new ConfiguredUser(user);
	}

}
