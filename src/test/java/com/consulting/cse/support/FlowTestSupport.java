package com.consulting.cse.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared set-up of tests that drive the running service over HTTP: callers with bearer tokens for any roles
 * and clients, fresh clients per test, and the proof that a refusal wrote nothing.
 */
public abstract class FlowTestSupport {

	@LocalServerPort
	protected int port;

	@Autowired
	protected MongoOperations mongo;

	protected Api api;

	@DynamicPropertySource
	static void trustTestTokens(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

	@BeforeEach
	void connect() {
		this.api = Api.at(this.port);
	}

	protected Api admin() {
		return caller("admin-" + shortId(), List.of("ADMIN"));
	}

	protected Api staff(String... clientIds) {
		return caller("staff-" + shortId(), List.of("STAFF"), clientIds);
	}

	protected Api clientUser(String... clientIds) {
		return caller("user-" + shortId(), List.of("CLIENT"), clientIds);
	}

	protected Api caller(String subject, List<String> roles, String... clientIds) {
		return this.api.bearer(TestTokens.token(subject, roles, List.of(clientIds)));
	}

	/** A new active client with a unique id. */
	protected String newClient() {
		String clientId = "c-" + shortId();
		Api.Reply reply = admin().post("/api/v1/clients", Map.of("client_id", clientId, "name", "Client " + clientId));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return clientId;
	}

	protected static Map<String, Object> journeyContent(String... keys) {
		List<Map<String, String>> steps = java.util.Arrays.stream(keys)
			.map((key) -> Map.of("key", key, "name", "Step " + key))
			.toList();
		return Map.of("steps", steps);
	}

	/** An artifact of {@code kind} for {@code clientId}, created, shared and approved. */
	protected String approvedArtifact(String kind, String clientId) {
		Map<String, Object> content = "journey".equals(kind) ? journeyContent("kickoff", "setup", "golive")
				: Map.of("components", List.of("crm", "billing"));
		String id = created(staff(clientId).post("/api/v1/artifacts",
				Map.of("kind", kind, "title", "A " + kind, "client_id", clientId, "content", content)));
		assertThat(staff(clientId).post("/api/v1/artifacts/" + id + "/share", null).status()).isEqualTo(200);
		assertThat(clientUser(clientId).post("/api/v1/artifacts/" + id + "/approve", null).status()).isEqualTo(200);
		return id;
	}

	/** A journey converted from an approved artifact of {@code clientId}. */
	protected String journeyOf(String clientId) {
		return created(staff(clientId).post("/api/v1/journeys",
				Map.of("artifact_id", approvedArtifact("journey", clientId))));
	}

	/** A solution converted from an approved artifact of {@code clientId}. */
	protected String solutionOf(String clientId) {
		return created(staff(clientId).post("/api/v1/solutions",
				Map.of("artifact_id", approvedArtifact("solution", clientId))));
	}

	protected static String created(Api.Reply reply) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.id();
	}

	/** Sends a request that must be refused, asserting that the store is exactly as before. */
	protected Api.Reply refusedWithoutWrites(Supplier<Api.Reply> request) {
		StoreSnapshot before = StoreSnapshot.of(this.mongo);
		Api.Reply reply = request.get();
		assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(StoreSnapshot.of(this.mongo).changesSince(before)).as("writes by a refused request " + reply).isEmpty();
		return reply;
	}

	protected static String shortId() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
