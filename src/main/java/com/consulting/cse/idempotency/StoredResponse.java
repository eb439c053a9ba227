package com.consulting.cse.idempotency;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A claimed idempotency key: in progress while the first request runs, then the response it got.
 *
 * @param id a digest of the user, the route and the key
 * @param requestHash a digest of the canonical request body
 * @param completed whether the first request has finished
 * @param status the HTTP status it answered
 * @param location its {@code Location}
 * @param body its JSON body
 * @param createdAt when the key was claimed
 * @param expiresAt when the key is forgotten
 */
@Document("idempotency_keys")
record StoredResponse(@Id String id, String requestHash, boolean completed, Integer status, String location,
		String body, Instant createdAt, @Indexed(expireAfter = "0s") Instant expiresAt) {

	static StoredResponse claim(String id, String requestHash, Instant now, Instant expiresAt) {
		return new StoredResponse(id, requestHash, false, null, null, null, now, expiresAt);
	}

}
