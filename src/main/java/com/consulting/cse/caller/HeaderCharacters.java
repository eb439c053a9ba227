package com.consulting.cse.caller;

import java.util.function.Predicate;

/**
 * The firewall's rules for header names and values, as {@code StrictHttpFirewall} states them by default
 * (assigned code points that are not control characters; values may also hold a tab), checked by a loop
 * instead of a regular expression: on a request with a bearer token the default patterns cost about a tenth
 * of the request's CPU time.
 */
final class HeaderCharacters {

	/** Header and parameter names: assigned code points, no control characters. */
	static final Predicate<String> NAME = (name) -> allAllowed(name, false);

	/** Header values: as names, and tabs. */
	static final Predicate<String> VALUE = (value) -> allAllowed(value, true);

	private HeaderCharacters() {
	}

	private static boolean allAllowed(String text, boolean tab) {
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < 0x7f) {
				i++;
				continue;
			}
			int codePoint = text.codePointAt(i);
			int type = Character.getType(codePoint);
			boolean allowed = (type != Character.UNASSIGNED && type != Character.CONTROL) || (tab && c == '\t');
			if (!allowed) {
				return false;
			}
			i += Character.charCount(codePoint);
		}
		return true;
	}

}
