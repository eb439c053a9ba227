package com.consulting.cse;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

/**
 * The flows against a real MongoDB replica set, where Docker is available; skipped where it is not.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoFlowTests extends FlowTests {

	@Container
	@ServiceConnection
	static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

}
