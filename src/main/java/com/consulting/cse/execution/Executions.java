package com.consulting.cse.execution;

import java.util.Optional;

import com.consulting.cse.caller.ClientScope;
import com.consulting.cse.caller.ScopedQueries;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

/**
 * All execution records, read through a caller's scope.
 */
@Repository
class Executions {

	private final MongoOperations mongo;

	Executions(MongoOperations mongo) {
		this.mongo = mongo;
	}

	Execution insert(Execution execution) {
		return this.mongo.insert(execution);
	}

	Execution save(Execution execution) {
		return this.mongo.save(execution);
	}

	/**
	 * The record an idempotent request created, by its key-derived id: only the same user on the same route can
	 * name it, so no client scope is needed.
	 */
	Optional<Execution> findByIdempotentId(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Execution.class));
	}

	Optional<Execution> findByIdIn(String id, ClientScope scope) {
		return ScopedQueries.findById(this.mongo, Execution.class, id, scope, Execution::clientId);
	}

	Page<Execution> findIn(ClientScope scope, ExecutionFilter filter, Pageable pageable) {
		return ScopedQueries.page(this.mongo, Execution.class, scope, filter.clientId(),
				ScopedQueries.filters("journey_id", filter.journeyId(), "status", filter.status()), pageable);
	}

}
