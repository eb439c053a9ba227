package com.consulting.cse.web;

import tools.jackson.core.JacksonException;

/**
 * The JSON path ({@code context.client_id}, {@code steps[3]}) at which Jackson stopped reading a body.
 */
final class JsonPaths {

	private JsonPaths() {
	}

	static String of(JacksonException ex) {
		StringBuilder out = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!out.isEmpty()) {
					out.append('.');
				}
				out.append(Problems.printable(reference.getPropertyName()));
			}
			else if (reference.getIndex() >= 0) {
				out.append('[').append(reference.getIndex()).append(']');
			}
		}
		return out.isEmpty() ? "body" : out.toString();
	}

}
