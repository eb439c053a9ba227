package com.consulting.cse;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import com.consulting.cse.support.Api;
import com.consulting.cse.support.FlowTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Racing requests on one object: exactly one wins, the others answer 409, and no record is written twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "app.store.embedded.file=target/test-store/flows-${random.uuid}.mv")
class RaceTests extends FlowTestSupport {

	private static final int RACERS = 32;

	private ExecutorService pool;

	@BeforeEach
	void startPool() {
		this.pool = Executors.newFixedThreadPool(RACERS);
	}

	@AfterEach
	void stopPool() {
		this.pool.shutdownNow();
	}

	@Test
	void letsExactlyOneOfRacingApprovalsWin() {
		String acme = newClient();
		String artifact = created(staff(acme).post("/api/v1/artifacts",
				Map.of("kind", "solution", "title", "Race", "client_id", acme, "content", Map.of("a", 1))));
		staff(acme).post("/api/v1/artifacts/" + artifact + "/share", null);
		Api client = clientUser(acme);
		List<Api.Reply> replies = race(() -> client.post("/api/v1/artifacts/" + artifact + "/approve", null));
		assertOneWinner(replies, 200);
		assertThat(client.get("/api/v1/artifacts/" + artifact + "/events").json().path("content")
			.findValuesAsString("action")).containsExactly("created", "shared", "approved");
	}

	@Test
	void convertsAnArtifactOnceUnderRacingConversions() {
		String acme = newClient();
		String artifact = approvedArtifact("journey", acme);
		Api staff = staff(acme);
		List<Api.Reply> replies = race(() -> staff.post("/api/v1/journeys", Map.of("artifact_id", artifact)));
		assertOneWinner(replies, 201);
		assertThat(count("journeys", new Document("artifact_id", artifact))).isEqualTo(1);
		String winner = replies.stream().filter((reply) -> reply.status() == 201).findFirst().orElseThrow().id();
		Api.Reply implemented = staff.get("/api/v1/artifacts/" + artifact);
		assertThat(implemented.field("status")).isEqualTo("implemented");
		assertThat(implemented.field("journey_id")).isEqualTo(winner);
	}

	@Test
	void completesAStepOnceUnderRacingCompletions() {
		String acme = newClient();
		String journey = journeyOf(acme);
		Api client = clientUser(acme);
		String execution = created(client.post("/api/v1/journeys/" + journey + "/executions", null));
		List<Api.Reply> replies = race(() -> client.post("/api/v1/executions/" + execution + "/steps/kickoff/complete", null));
		assertOneWinner(replies, 200);
		assertThat(client.get("/api/v1/executions/" + execution).json().path("steps").findValuesAsString("status"))
			.containsExactly("completed", "pending", "pending");
	}

	@Test
	void recordsOneOutcomeUnderRacingOutcomes() {
		String acme = newClient();
		String solution = solutionOf(acme);
		Api staff = staff(acme);
		String deployment = created(staff.post("/api/v1/solutions/" + solution + "/deployments", null));
		List<Api.Reply> replies = race(() -> staff.post("/api/v1/deployments/" + deployment + "/outcome",
				Map.of("status", "succeeded")));
		assertOneWinner(replies, 200);
	}

	@Test
	void createsOneRecordForRacingRetriesWithOneIdempotencyKey() {
		String acme = newClient();
		String journey = journeyOf(acme);
		Api client = caller("carol", List.of("CLIENT"), acme).header("Idempotency-Key", "race-" + shortId());
		List<Api.Reply> replies = race(() -> client.post("/api/v1/journeys/" + journey + "/executions",
				Map.of("context", Map.of("attempt", "same"))));
		assertThat(count("executions", new Document("journey_id", journey))).isEqualTo(1);
		assertThat(replies).allSatisfy((reply) -> assertThat(reply.status()).as(reply.toString()).isEqualTo(201));
		assertThat(replies).extracting(Api.Reply::id).containsOnly(replies.get(0).id());
		assertThat(replies).filteredOn((reply) -> reply.header("Idempotent-Replayed") == null).hasSize(1);
	}

	@Test
	void keepsIdempotencyKeysApartPerUser() {
		String acme = newClient();
		String journey = journeyOf(acme);
		String key = "shared-" + shortId();
		Api.Reply dave = caller("dave", List.of("CLIENT"), acme).header("Idempotency-Key", key)
			.post("/api/v1/journeys/" + journey + "/executions", null);
		Api.Reply erin = caller("erin", List.of("CLIENT"), acme).header("Idempotency-Key", key)
			.post("/api/v1/journeys/" + journey + "/executions", null);
		assertThat(dave.status()).isEqualTo(201);
		assertThat(erin.status()).isEqualTo(201);
		assertThat(erin.header("Idempotent-Replayed")).isNull();
		assertThat(erin.id()).isNotEqualTo(dave.id());
		assertThat(count("executions", new Document("journey_id", journey))).isEqualTo(2);
	}

	private List<Api.Reply> race(Supplier<Api.Reply> request) {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Api.Reply>> futures = new java.util.ArrayList<>();
		for (int i = 0; i < RACERS; i++) {
			futures.add(this.pool.submit(() -> {
				start.await();
				return request.get();
			}));
		}
		start.countDown();
		return futures.stream().map(RaceTests::join).toList();
	}

	private static void assertOneWinner(List<Api.Reply> replies, int winningStatus) {
		assertThat(replies).filteredOn((reply) -> reply.status() == winningStatus).hasSize(1);
		assertThat(replies).filteredOn((reply) -> reply.status() != winningStatus)
			.hasSize(RACERS - 1)
			.allSatisfy((reply) -> {
				assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
				assertThat(reply.code()).isEqualTo("invalid_state");
			});
	}

	private long count(String collection, Document filter) {
		return this.mongo.getCollection(collection).countDocuments(filter);
	}

	private static Api.Reply join(Future<Api.Reply> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
