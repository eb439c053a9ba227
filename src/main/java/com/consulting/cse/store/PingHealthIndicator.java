package com.consulting.cse.store;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * MongoDB health by {@code ping}, which both a real MongoDB and the embedded store answer.
 */
@Component("mongoHealthIndicator")
class PingHealthIndicator extends AbstractHealthIndicator {

	private final MongoOperations mongo;

	PingHealthIndicator(MongoOperations mongo) {
		super("MongoDB health check failed");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document reply = mongo.executeCommand(new Document("ping", 1));
		builder.up().withDetail("ping", reply.get("ok"));
	}

}
