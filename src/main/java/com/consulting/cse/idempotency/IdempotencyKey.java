package com.consulting.cse.idempotency;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.content.ContentDigest;
import com.consulting.cse.content.JsonObjects;
import com.consulting.cse.web.ApiException;
import com.consulting.cse.web.ErrorCode;

/**
 * An {@code Idempotency-Key} as the store sees it: a digest of the user, the route and the key, from which the
 * record's id derives, and a digest of the canonical request body, to tell a retry from a reuse.
 *
 * @param digest SHA-256 of user, method, path and key
 * @param requestHash SHA-256 of the canonical request body
 */
public record IdempotencyKey(String digest, String requestHash) {

	public static final String HEADER = "Idempotency-Key";

	public static final String REPLAYED_HEADER = "Idempotent-Replayed";

	/** The key of a request, or {@code null} when it has no {@code Idempotency-Key} header. */
	public static IdempotencyKey of(String header, Caller caller, HttpServletRequest request, Object body) {
		if (header == null) {
			return null;
		}
		boolean printable = !header.isEmpty() && header.length() <= 255
				&& header.chars().allMatch((c) -> c >= 0x20 && c < 0x7f);
		if (!printable) {
			throw ApiException.invalidField(HEADER, "must be 1 to 255 printable ASCII characters");
		}
		String scope = caller.userId() + "\n" + request.getMethod() + " " + request.getRequestURI() + "\n" + header;
		return new IdempotencyKey(ContentDigest.sha256(scope.getBytes(StandardCharsets.UTF_8)),
				ContentDigest.sha256(JsonObjects.canonicalBytes(body)));
	}

	/** The id of the record a request with this key creates, e.g. {@code exe_<24 hex digits>}. */
	public String recordId(String prefix) {
		return prefix + "_" + this.digest.substring(0, 24);
	}

	/**
	 * Refuses, with {@code idempotency_key_reused}, a record made under this key for another request body.
	 */
	public void requireSameRequest(String recordedRequestHash) {
		if (!this.requestHash.equals(recordedRequestHash)) {
			throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
					"This Idempotency-Key was used with a different request body");
		}
	}

}
