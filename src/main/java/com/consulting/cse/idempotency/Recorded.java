package com.consulting.cse.idempotency;

import java.net.URI;

import org.springframework.http.ResponseEntity;

/**
 * A record a request started work with, and whether it was written by an earlier request with the same
 * {@code Idempotency-Key} (then the answer is that request's answer again).
 */
public record Recorded<T>(T body, boolean replayed) {

	public static <T> Recorded<T> created(T body) {
		return new Recorded<>(body, false);
	}

	public static <T> Recorded<T> replayed(T body) {
		return new Recorded<>(body, true);
	}

	/** {@code 201 Created} at {@code location}, marked {@code Idempotent-Replayed} when replayed. */
	public ResponseEntity<T> toResponse(URI location) {
		ResponseEntity.BodyBuilder response = ResponseEntity.created(location);
		if (this.replayed) {
			response.header(IdempotencyKey.REPLAYED_HEADER, "true");
		}
		return response.body(this.body);
	}

}
