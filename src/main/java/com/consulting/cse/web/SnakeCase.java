package com.consulting.cse.web;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns Java property paths ({@code steps[0].clientId}) into the API's snake_case ({@code steps[0].client_id}).
 */
final class SnakeCase {

	private static final Pattern WORD_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");

	private SnakeCase() {
	}

	static String path(String javaPath) {
		StringBuilder out = new StringBuilder();
		for (String segment : javaPath.split("\\.", -1)) {
			if (!out.isEmpty()) {
				out.append('.');
			}
			int bracket = segment.indexOf('[');
			String name = (bracket < 0) ? segment : segment.substring(0, bracket);
			out.append(WORD_BOUNDARY.matcher(name).replaceAll("$1_$2").toLowerCase(Locale.ROOT)).append((bracket < 0) ? "" : segment.substring(bracket));
		}
		return out.toString();
	}

}
