package com.consulting.cse.deployment;

import java.util.Optional;

import com.consulting.cse.caller.ClientScope;
import com.consulting.cse.caller.ScopedQueries;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

/**
 * All deployment records, read through a caller's scope.
 */
@Repository
class Deployments {

	private final MongoOperations mongo;

	Deployments(MongoOperations mongo) {
		this.mongo = mongo;
	}

	Deployment insert(Deployment deployment) {
		return this.mongo.insert(deployment);
	}

	Deployment save(Deployment deployment) {
		return this.mongo.save(deployment);
	}

	/**
	 * The record an idempotent request created, by its key-derived id: only the same user on the same route can
	 * name it, so no client scope is needed.
	 */
	Optional<Deployment> findByIdempotentId(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Deployment.class));
	}

	Optional<Deployment> findByIdIn(String id, ClientScope scope) {
		return ScopedQueries.findById(this.mongo, Deployment.class, id, scope, Deployment::clientId);
	}

	Page<Deployment> findIn(ClientScope scope, DeploymentFilter filter, Pageable pageable) {
		return ScopedQueries.page(this.mongo, Deployment.class, scope, filter.clientId(),
				ScopedQueries.filters("solution_id", filter.solutionId(), "status", filter.status()), pageable);
	}

}
