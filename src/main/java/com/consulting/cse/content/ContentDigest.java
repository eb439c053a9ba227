package com.consulting.cse.content;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The SHA-256, in lower-case hex, of the canonical JSON form of a content object (keys sorted at every
 * level, no insignificant whitespace, UTF-8), so that equal content has an equal digest wherever it is stored.
 */
public final class ContentDigest {

	private ContentDigest() {
	}

	public static String of(Map<String, Object> content) {
		return sha256(JsonObjects.canonicalBytes(content));
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
