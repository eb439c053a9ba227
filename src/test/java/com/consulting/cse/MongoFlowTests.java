package com.consulting.cse;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flows against a real MongoDB, where Docker is available; skipped where it is not. Also proves that the
 * list queries are answered from the client-first indexes, so a page costs the same however much is stored.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoFlowTests extends FlowTests {

	@Container
	@ServiceConnection
	static final MongoDBContainer container = new MongoDBContainer("mongo:8.0");

	@Test
	void listsAClientsExecutionsFromTheClientIndex() {
		String acme = newClient();
		String journey = journeyOf(acme);
		for (int i = 0; i < 5; i++) {
			clientUser(acme).post("/api/v1/journeys/" + journey + "/executions", null);
		}
		Document plan = this.mongo.getCollection("executions")
			.find(new Document("client_id", new Document("$in", List.of(acme))))
			.sort(new Document("created_at", -1).append("_id", -1))
			.limit(20)
			.explain();
		String winningPlan = plan.get("queryPlanner", Document.class).get("winningPlan", Document.class).toJson();
		assertThat(winningPlan).contains("IXSCAN").contains("client_created").doesNotContain("COLLSCAN");
	}

}
