package com.consulting.cse.web;

import java.net.URI;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code Location} headers for created resources.
 */
public final class Locations {

	private Locations() {
	}

	/** The URI of a resource under the API base path, e.g. {@code of("/executions/{id}", id)}. */
	public static URI of(String template, Object... variables) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1" + template).buildAndExpand(variables).toUri();
	}

}
