package com.consulting.cse.web;

/**
 * {@code ETag} values of versioned resources and the {@code If-Match} check of changes to them.
 */
public final class ETags {

	private ETags() {
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * Refuses with {@code precondition_failed} when an {@code If-Match} header is given and names none of
	 * {@code version}'s tags; {@code *} matches any existing resource. Comparison is strong (RFC 9110): a weak
	 * tag never matches.
	 */
	public static void requireMatch(String ifMatch, long version) {
		if (ifMatch == null) {
			return;
		}
		String current = of(version);
		for (String candidate : ifMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.equals("*") || tag.equals(current)) {
				return;
			}
		}
		throw new ApiException(ErrorCode.PRECONDITION_FAILED,
				"If-Match does not name the current version " + current + "; read the resource again");
	}

}
