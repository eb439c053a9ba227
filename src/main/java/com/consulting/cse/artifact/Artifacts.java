package com.consulting.cse.artifact;

import java.util.List;
import java.util.Optional;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.caller.ScopedQueries;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/**
 * All artifacts, read through what a caller may see: its clients' artifacts, and no drafts for CLIENT users.
 */
@Repository
class Artifacts {

	private final MongoOperations mongo;

	Artifacts(MongoOperations mongo) {
		this.mongo = mongo;
	}

	Artifact insert(Artifact artifact) {
		return this.mongo.insert(artifact);
	}

	/** Saves a transition, failing if another request changed the artifact since it was read. */
	Artifact save(Artifact artifact) {
		return this.mongo.save(artifact);
	}

	Optional<Artifact> findVisible(String id, Caller caller) {
		return ScopedQueries.findById(this.mongo, Artifact.class, id, caller.clientScope(), Artifact::clientId)
			.filter((artifact) -> caller.isOperator() || artifact.status() != ArtifactStatus.DRAFT);
	}

	Page<Artifact> findVisible(Caller caller, ArtifactFilter filter, Pageable pageable) {
		List<Criteria> criteria = ScopedQueries.filters("status", filter.status(), "kind", filter.kind());
		if (!caller.isOperator()) {
			criteria.add(Criteria.where("status").ne(ArtifactStatus.DRAFT));
		}
		return ScopedQueries.page(this.mongo, Artifact.class, caller.clientScope(), filter.clientId(), criteria,
				pageable, "events");
	}

}
