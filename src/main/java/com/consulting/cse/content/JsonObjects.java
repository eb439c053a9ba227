package com.consulting.cse.content;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.consulting.cse.web.ApiException;
import com.consulting.cse.web.ErrorCode;
import com.consulting.cse.web.FieldError;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks free-form JSON objects before they are stored: bounded size and depth, and keys that are safe as
 * MongoDB field names (not empty, no leading {@code $}, no {@code .}, no NUL), texts without NUL or unpaired
 * surrogates, and finite numbers.
 */
public final class JsonObjects {

	/** Deepest nesting accepted inside a free-form object. */
	public static final int MAX_DEPTH = 16;

	/** Longest key accepted inside a free-form object. */
	public static final int MAX_KEY_LENGTH = 128;

	static final JsonMapper CANONICAL = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private JsonObjects() {
	}

	/**
	 * Refuses {@code value} with {@code validation_failed} unless it is a safe object of at most
	 * {@code maxBytes} bytes in its canonical form.
	 */
	public static void require(String field, Map<String, Object> value, int maxBytes) {
		List<FieldError> errors = new ArrayList<>();
		check(field, value, 1, errors);
		if (errors.isEmpty() && canonicalBytes(value).length > maxBytes) {
			errors.add(new FieldError(field, "must be at most " + maxBytes + " bytes of JSON"));
		}
		if (!errors.isEmpty()) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "The request is not valid", errors.subList(0, 1));
		}
	}

	/** The UTF-8 bytes of the canonical JSON form: keys sorted at every level, no insignificant whitespace. */
	public static byte[] canonicalBytes(Object value) {
		return CANONICAL.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
	}

	private static void check(String path, Object value, int depth, List<FieldError> errors) {
		if (depth > MAX_DEPTH && (value instanceof Map || value instanceof List)) {
			errors.add(new FieldError(path, "is nested deeper than " + MAX_DEPTH + " levels"));
			return;
		}
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String key = String.valueOf(entry.getKey());
				String problem = keyProblem(key);
				if (problem != null) {
					errors.add(new FieldError(path, "has a key that " + problem));
					return;
				}
				check(path + "." + key, entry.getValue(), depth + 1, errors);
			}
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				check(path + "[" + i + "]", list.get(i), depth + 1, errors);
			}
		}
		else if (value instanceof String text && text.indexOf('\0') >= 0) {
			errors.add(new FieldError(path, "must not contain NUL characters"));
		}
		else if (value instanceof String text && hasUnpairedSurrogate(text)) {
			errors.add(new FieldError(path, "must be valid Unicode text (it has an unpaired surrogate)"));
		}
		else if (value instanceof BigInteger || value instanceof BigDecimal
				|| (value instanceof Double number && !Double.isFinite(number))) {
			errors.add(new FieldError(path, "is a number out of range"));
		}
	}

	private static String keyProblem(String key) {
		if (key.isEmpty()) {
			return "is empty";
		}
		if (key.length() > MAX_KEY_LENGTH) {
			return "is longer than " + MAX_KEY_LENGTH + " characters";
		}
		if (key.startsWith("$")) {
			return "starts with '$'";
		}
		if (key.indexOf('.') >= 0) {
			return "contains '.'";
		}
		if (key.indexOf('\0') >= 0) {
			return "contains a NUL character";
		}
		if (hasUnpairedSurrogate(key)) {
			return "is not valid Unicode text (it has an unpaired surrogate)";
		}
		return null;
	}

	private static boolean hasUnpairedSurrogate(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
