package com.consulting.cse.solution;

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
 * All solutions, read through a caller's scope.
 */
@Repository
class Solutions {

	private final MongoOperations mongo;

	/** Solutions never change once written: a run reuses one read, re-read in the background now and then. */
	private final LoadingCache<String, Solution> forRun;

	Solutions(MongoOperations mongo, @Value("${app.runs.document-cache-ttl:PT2S}") Duration forRunTtl) {
		this.mongo = mongo;
		this.forRun = Caffeine.newBuilder()
			.maximumSize(10_000)
			.refreshAfterWrite(forRunTtl)
			.build((id) -> mongo.findById(id, Solution.class));
	}

	Solution insert(Solution solution) {
		return this.mongo.insert(solution);
	}

	Optional<Solution> findByIdIn(String id, ClientScope scope) {
		return ScopedQueries.findById(this.mongo, Solution.class, id, scope, Solution::clientId);
	}

	/**
	 * The solution to deploy, whoever owns it: the client rule, not the query, decides whether the caller may
	 * learn that it exists.
	 */
	Optional<Solution> findForRun(String id) {
		return Optional.ofNullable(this.forRun.get(id));
	}

	Optional<Solution> findByArtifactId(String artifactId) {
		return Optional.ofNullable(this.mongo.findOne(Query.query(Criteria.where("artifact_id").is(artifactId)), Solution.class));
	}

	Page<Solution> findIn(ClientScope scope, String clientId, Pageable pageable) {
		return ScopedQueries.page(this.mongo, Solution.class, scope, clientId, ScopedQueries.filters(), pageable);
	}

}
