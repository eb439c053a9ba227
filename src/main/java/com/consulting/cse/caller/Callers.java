package com.consulting.cse.caller;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads the {@link Caller} out of an authenticated request: a bearer JWT's {@code sub}, {@code roles} and
 * {@code client_ids} claims, or a configured Basic user.
 */
final class Callers {

	private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{1,62}");

	private Callers() {
	}

	static Caller from(Authentication authentication) {
		if (authentication instanceof JwtAuthenticationToken token) {
			List<String> clientIds = token.getToken().getClaimAsStringList("client_ids");
			return new Caller(token.getName(), roles(authentication), validClientIds(clientIds));
		}
		if (authentication != null && authentication.getPrincipal() instanceof ConfiguredUser user) {
			return user.toCaller();
		}
		throw new IllegalStateException("Unsupported authentication " + authentication);
	}

	private static Set<Role> roles(Authentication authentication) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (Role role : Role.values()) {
				if (("ROLE_" + role.name()).equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

	private static Set<String> validClientIds(List<String> claimed) {
		if (claimed == null) {
			return Set.of();
		}
		return claimed.stream().filter((id) -> id != null && CLIENT_ID.matcher(id).matches()).collect(Collectors.toSet());
	}

}
