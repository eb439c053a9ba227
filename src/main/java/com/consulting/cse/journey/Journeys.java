package com.consulting.cse.journey;

import java.time.Duration;
import java.util.Optional;

import com.consulting.cse.caller.ClientScope;
import com.consulting.cse.caller.ScopedQueries;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * All journeys, read through a caller's scope.
 */
@Repository
class Journeys {

	private final MongoOperations mongo;

	/** Journeys never change once written: a run reuses one read, re-read in the background now and then. */
	private final LoadingCache<String, Journey> forRun;

	Journeys(MongoOperations mongo, @Value("${app.runs.document-cache-ttl:PT2S}") Duration forRunTtl) {
		this.mongo = mongo;
		this.forRun = Caffeine.newBuilder()
			.maximumSize(10_000)
			.refreshAfterWrite(forRunTtl)
			.build((id) -> mongo.findById(id, Journey.class));
	}

	Journey insert(Journey journey) {
		return this.mongo.insert(journey);
	}

	Optional<Journey> findByIdIn(String id, ClientScope scope) {
		return ScopedQueries.findById(this.mongo, Journey.class, id, scope, Journey::clientId);
	}

	/**
	 * The journey to execute, whoever owns it: the client rule, not the query, decides whether the caller may
	 * learn that it exists.
	 */
	Optional<Journey> findForRun(String id) {
		return Optional.ofNullable(this.forRun.get(id));
	}

	Optional<Journey> findByArtifactId(String artifactId) {
		return Optional.ofNullable(this.mongo.findOne(Query.query(Criteria.where("artifact_id").is(artifactId)), Journey.class));
	}

	Page<Journey> findIn(ClientScope scope, String clientId, Pageable pageable) {
		return ScopedQueries.page(this.mongo, Journey.class, scope, clientId, ScopedQueries.filters(), pageable);
	}

}
