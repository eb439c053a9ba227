package com.consulting.cse.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.consulting.cse.web.ApiException;

/**
 * The ordered steps of a journey, read from its content: {@code steps: [{key, name}]}, 1 to 200 of them,
 * keys unique.
 */
public final class JourneySteps {

	public static final int MAX_STEPS = 200;

	public static final int MAX_NAME_LENGTH = 200;

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

	private JourneySteps() {
	}

	/** One step as the content declares it. */
	public record Step(String key, String name) {
	}

	/** The steps of {@code content} (found under {@code field}), refusing content without valid steps. */
	public static List<Step> from(String field, Map<String, Object> content) {
		String path = field + ".steps";
		if (!(content.get("steps") instanceof List<?> items) || items.isEmpty() || items.size() > MAX_STEPS) {
			throw ApiException.invalidField(path, "must be an array of 1 to " + MAX_STEPS + " steps");
		}
		List<Step> steps = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			String at = path + "[" + i + "]";
			if (!(items.get(i) instanceof Map<?, ?> item)) {
				throw ApiException.invalidField(at, "must be an object with a key and a name");
			}
			if (!(item.get("key") instanceof String key) || !KEY.matcher(key).matches()) {
				throw ApiException.invalidField(at + ".key", "must match " + KEY.pattern());
			}
			if (!(item.get("name") instanceof String name) || name.isBlank()
					|| name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
				throw ApiException.invalidField(at + ".name", "must be a text of 1 to " + MAX_NAME_LENGTH + " characters");
			}
			if (!keys.add(key)) {
				throw ApiException.invalidField(at + ".key", "must be unique; '" + key + "' appears twice");
			}
			steps.add(new Step(key, name));
		}
		return List.copyOf(steps);
	}

}
