package com.consulting.cse.idempotency;

import java.time.Clock;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Claimed idempotency keys. A claim is an insert under a unique id, so of concurrent claims exactly one wins.
 */
@Repository
class StoredResponses {

	private final MongoOperations mongo;

	private final Clock clock;

	StoredResponses(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Claims the key: empty if this call won the claim, else the claim made before (or, if that claim keeps
	 * vanishing under concurrent releases, this unsaved one, to be treated as in progress).
	 */
	Optional<StoredResponse> claim(StoredResponse claim) {
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				this.mongo.insert(claim);
				return Optional.empty();
			}
			catch (DuplicateKeyException ex) {
				Optional<StoredResponse> earlier = findById(claim.id());
				if (earlier.isPresent()) {
					return earlier;
				}
			}
		}
		return Optional.of(claim);
	}

	Optional<StoredResponse> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, StoredResponse.class));
	}

	void complete(String id, int status, String location, String body) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				Update.update("completed", true).set("status", status).set("location", location).set("body", body),
				StoredResponse.class);
	}

	/** Forgets a claim whose request failed, so that the caller may retry with the same key. */
	void release(String id) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(id).and("completed").is(false)), StoredResponse.class);
	}

	/** Forgets an expired or abandoned claim, unless another request has taken it over meanwhile. */
	void drop(StoredResponse stale) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(stale.id()).and("created_at").is(stale.createdAt())),
				StoredResponse.class);
	}

	/** Removes expired keys where the store has no TTL index of its own (the embedded store). */
	@Scheduled(fixedDelayString = "${app.idempotency.purge-interval:PT1H}")
	void purgeExpired() {
		this.mongo.remove(Query.query(Criteria.where("expires_at").lt(this.clock.instant())), StoredResponse.class);
	}

}
