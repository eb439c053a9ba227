package com.consulting.cse;

import java.util.List;
import java.util.Map;

import com.consulting.cse.support.Api;
import com.consulting.cse.support.FlowTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's flows over HTTP, for every role and every cross-client case. Run against the embedded store
 * ({@link EmbeddedFlowTests}) and a real MongoDB where Docker exists ({@link MongoFlowTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "app.store.embedded.file=target/test-store/flows-${random.uuid}.mv")
abstract class FlowTests extends FlowTestSupport {

	@Test
	void runsTheWholeFlowFromClientToCompletedExecution() {
		String acme = newClient();
		Api staff = staff(acme);
		Api client = clientUser(acme);
		Map<String, Object> content = journeyContent("kickoff", "setup");
		Api.Reply artifact = staff.post("/api/v1/artifacts",
				Map.of("kind", "journey", "title", "Onboarding", "client_id", acme, "content", content));
		assertThat(artifact.status()).isEqualTo(201);
		assertThat(artifact.header("ETag")).isEqualTo("\"1\"");
		assertThat(artifact.header("Location")).endsWith("/api/v1/artifacts/" + artifact.id());
		assertThat(artifact.field("status")).isEqualTo("draft");
		String artifactId = artifact.id();

		assertThat(staff.post("/api/v1/artifacts/" + artifactId + "/share", null).field("status")).isEqualTo("review");
		Api.Reply approved = client.post("/api/v1/artifacts/" + artifactId + "/approve", null);
		assertThat(approved.field("status")).isEqualTo("approved");
		assertThat(approved.json().path("approved_by").asString()).isNotBlank();
		assertThat(approved.json().path("approved_version").asLong()).isEqualTo(1);
		assertThat(approved.field("content_sha256")).matches("[0-9a-f]{64}");

		Api.Reply journey = staff.post("/api/v1/journeys", Map.of("artifact_id", artifactId));
		assertThat(journey.status()).isEqualTo(201);
		assertThat(journey.field("client_id")).isEqualTo(acme);
		assertThat(journey.json().path("metadata").path("client_id").asString()).isEqualTo(acme);
		assertThat(journey.field("artifact_id")).isEqualTo(artifactId);
		assertThat(journey.json().path("artifact_version").asLong()).isEqualTo(1);
		assertThat(journey.field("content_sha256")).isEqualTo(approved.field("content_sha256"));
		Api.Reply implemented = staff.get("/api/v1/artifacts/" + artifactId);
		assertThat(implemented.field("status")).isEqualTo("implemented");
		assertThat(implemented.field("journey_id")).isEqualTo(journey.id());

		Api.Reply execution = client.post("/api/v1/journeys/" + journey.id() + "/executions",
				Map.of("context", Map.of("channel", "web")));
		assertThat(execution.status()).as(execution.toString()).isEqualTo(201);
		assertThat(execution.header("Location")).endsWith("/api/v1/executions/" + execution.id());
		assertThat(execution.field("client_id")).isEqualTo(acme);
		assertThat(execution.json().path("context").path("client_id").asString()).isEqualTo(acme);
		assertThat(execution.json().path("context").path("channel").asString()).isEqualTo("web");
		assertThat(execution.field("execution_mode")).isEqualTo("standard");
		assertThat(execution.field("status")).isEqualTo("running");
		assertThat(execution.field("content_sha256")).isEqualTo(approved.field("content_sha256"));
		assertThat(execution.json().path("steps").findValuesAsString("status")).containsExactly("pending", "pending");

		String executionPath = "/api/v1/executions/" + execution.id();
		assertThat(client.post(executionPath + "/steps/setup/complete", null).code()).isEqualTo("invalid_state");
		Api.Reply first = client.post(executionPath + "/steps/kickoff/complete", null);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.field("status")).isEqualTo("running");
		Api.Reply last = staff.post(executionPath + "/steps/setup/complete", null);
		assertThat(last.field("status")).isEqualTo("completed");
		assertThat(last.json().path("steps").findValuesAsString("status")).containsExactly("completed", "completed");
		assertThat(staff.get("/api/v1/artifacts/" + artifactId + "/events").json().path("content")
			.findValuesAsString("action")).containsExactly("created", "shared", "approved", "implemented");
	}

	@Test
	void takesUserIdFromTheAuthenticatedCallerNeverTheBody() {
		String acme = newClient();
		String journey = journeyOf(acme);
		Api.Reply refused = refusedWithoutWrites(() -> clientUser(acme).post("/api/v1/journeys/" + journey + "/executions",
				Map.of("user_id", "someone-else")));
		assertThat(refused.code()).isEqualTo("validation_failed");
		Api.Reply execution = caller("alice", List.of("CLIENT"), acme).post("/api/v1/journeys/" + journey + "/executions", null);
		assertThat(execution.field("user_id")).isEqualTo("alice");
	}

	@Test
	void refusesAMismatchedClientAndWritesNothing() {
		String acme = newClient();
		String globex = newClient();
		String journey = journeyOf(acme);
		Api.Reply refused = refusedWithoutWrites(() -> staff(acme, globex)
			.post("/api/v1/journeys/" + journey + "/executions", Map.of("client_id", globex)));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("client_mismatch");
		assertThat(refused.field("detail")).contains(globex).doesNotContain(acme);
	}

	@Test
	void refusesConflictingClientIdsInBodyAndContext() {
		String acme = newClient();
		String globex = newClient();
		String solution = solutionOf(acme);
		Api.Reply refused = refusedWithoutWrites(() -> admin().post("/api/v1/solutions/" + solution + "/deployments",
				Map.of("client_id", acme, "context", Map.of("client_id", globex))));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("client_id_conflict");
	}

	@Test
	void hidesAnotherClientsDocumentsAsNotFound() {
		String acme = newClient();
		String globex = newClient();
		String journey = journeyOf(acme);
		Api outsider = clientUser(globex);
		Api.Reply foreign = outsider.get("/api/v1/journeys/" + journey);
		Api.Reply missing = outsider.get("/api/v1/journeys/jrn_000000000000000000000000");
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.json().properties().stream().map(Map.Entry::getKey).toList())
			.isEqualTo(missing.json().properties().stream().map(Map.Entry::getKey).toList());
		assertThat(foreign.field("detail")).doesNotContain(acme);
		assertThat(refusedWithoutWrites(() -> outsider.post("/api/v1/journeys/" + journey + "/executions", null)).status())
			.isEqualTo(404);
		assertThat(refusedWithoutWrites(
				() -> outsider.post("/api/v1/journeys/" + journey + "/executions", Map.of("client_id", globex)))
			.status()).isEqualTo(404);
		assertThat(refusedWithoutWrites(
				() -> outsider.post("/api/v1/journeys/" + journey + "/executions", Map.of("client_id", acme))).code())
			.isEqualTo("client_not_authorized");
		assertThat(outsider.get("/api/v1/journeys").json().path("content").findValuesAsString("id")).doesNotContain(journey);
	}

	@Test
	void refusesWorkForASuspendedClient() {
		String acme = newClient();
		String solution = solutionOf(acme);
		assertThat(admin().patch("/api/v1/clients/" + acme, Map.of("status", "suspended")).field("status"))
			.isEqualTo("suspended");
		Api.Reply refused = refusedWithoutWrites(
				() -> clientUser(acme).post("/api/v1/solutions/" + solution + "/deployments", null));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("client_suspended");
		admin().patch("/api/v1/clients/" + acme, Map.of("status", "active"));
		assertThat(clientUser(acme).post("/api/v1/solutions/" + solution + "/deployments", null).status()).isEqualTo(201);
	}

	@Test
	void runsUnscopedDocumentsAsBeforeClientScoping() {
		String acme = newClient();
		String globex = newClient();
		String journey = created(admin().post("/api/v1/journeys",
				Map.of("name", "Legacy journey", "definition", journeyContent("one"))));
		assertThat(admin().get("/api/v1/journeys/" + journey).json().path("client_id").isNull()).isTrue();

		Api.Reply unscoped = staff(acme).post("/api/v1/journeys/" + journey + "/executions", null);
		assertThat(unscoped.status()).isEqualTo(201);
		assertThat(unscoped.json().path("client_id").isNull()).isTrue();
		assertThat(unscoped.json().path("context").has("client_id")).isFalse();

		Api.Reply forAcme = clientUser(acme).post("/api/v1/journeys/" + journey + "/executions", null);
		assertThat(forAcme.field("client_id")).isEqualTo(acme);
		assertThat(forAcme.json().path("context").path("client_id").asString()).isEqualTo(acme);

		Api.Reply required = refusedWithoutWrites(
				() -> clientUser(acme, globex).post("/api/v1/journeys/" + journey + "/executions", null));
		assertThat(required.code()).isEqualTo("client_id_required");
		Api.Reply chosen = clientUser(acme, globex).post("/api/v1/journeys/" + journey + "/executions",
				Map.of("context", Map.of("client_id", globex)));
		assertThat(chosen.field("client_id")).isEqualTo(globex);

		assertThat(clientUser(acme).get("/api/v1/executions/" + unscoped.id()).status()).isEqualTo(404);
		assertThat(staff(globex).get("/api/v1/executions/" + unscoped.id()).status()).isEqualTo(200);
		assertThat(clientUser(globex).get("/api/v1/executions?journey_id=" + journey).json().path("content")
			.valueStream().map((record) -> record.path("client_id").asString())).containsExactly(globex);
	}

	@Test
	void convertsAnArtifactExactlyOnce() {
		String acme = newClient();
		String artifact = approvedArtifact("solution", acme);
		assertThat(staff(acme).post("/api/v1/solutions", Map.of("artifact_id", artifact)).status()).isEqualTo(201);
		Api.Reply again = refusedWithoutWrites(() -> staff(acme).post("/api/v1/solutions", Map.of("artifact_id", artifact)));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("invalid_state");
		String solutionArtifact = approvedArtifact("solution", acme);
		Api.Reply wrongKind = refusedWithoutWrites(
				() -> staff(acme).post("/api/v1/journeys", Map.of("artifact_id", solutionArtifact)));
		assertThat(wrongKind.code()).isEqualTo("validation_failed");
	}

	@Test
	void editsOnlyCurrentDraftsAndHonoursIfMatch() {
		String acme = newClient();
		Api staff = staff(acme);
		String id = created(staff.post("/api/v1/artifacts",
				Map.of("kind", "solution", "title", "Plan", "client_id", acme, "content", Map.of("a", 1))));
		Api.Reply edited = staff.header("If-Match", "\"1\"").patch("/api/v1/artifacts/" + id, Map.of("title", "Plan B"));
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.header("ETag")).isEqualTo("\"2\"");
		assertThat(edited.json().path("version").asLong()).isEqualTo(2);
		Api.Reply stale = refusedWithoutWrites(
				() -> staff.header("If-Match", "\"1\"").patch("/api/v1/artifacts/" + id, Map.of("title", "Plan C")));
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.code()).isEqualTo("precondition_failed");
		staff.post("/api/v1/artifacts/" + id + "/share", null);
		assertThat(refusedWithoutWrites(() -> staff.patch("/api/v1/artifacts/" + id, Map.of("title", "Late"))).code())
			.isEqualTo("invalid_state");
		assertThat(clientUser(acme).post("/api/v1/artifacts/" + id + "/request-changes", Map.of("comment", "More detail"))
			.field("status")).isEqualTo("draft");
		assertThat(staff.get("/api/v1/artifacts/" + id + "/events").json().path("content").findValuesAsString("comment"))
			.contains("More detail");
	}

	@Test
	void keepsDraftsFromClientUsersAndRolesToTheirActions() {
		String acme = newClient();
		String id = created(staff(acme).post("/api/v1/artifacts",
				Map.of("kind", "solution", "title", "Draft", "client_id", acme, "content", Map.of())));
		assertThat(clientUser(acme).get("/api/v1/artifacts/" + id).status()).isEqualTo(404);
		assertThat(refusedWithoutWrites(() -> clientUser(acme).post("/api/v1/artifacts",
				Map.of("kind", "solution", "title", "Mine", "client_id", acme, "content", Map.of()))).code())
			.isEqualTo("forbidden");
		staff(acme).post("/api/v1/artifacts/" + id + "/share", null);
		assertThat(refusedWithoutWrites(() -> staff(acme).post("/api/v1/artifacts/" + id + "/approve", null)).status())
			.isEqualTo(403);
		assertThat(refusedWithoutWrites(() -> staff(acme).post("/api/v1/clients", Map.of("client_id", "zz-new", "name", "Z")))
			.code()).isEqualTo("forbidden");
		assertThat(clientUser(acme).get("/api/v1/artifacts/" + id).field("status")).isEqualTo("review");
	}

	@Test
	void recordsADeploymentOutcomeOnce() {
		String acme = newClient();
		String solution = solutionOf(acme);
		Api.Reply deployment = clientUser(acme).post("/api/v1/solutions/" + solution + "/deployments",
				Map.of("deployment_strategy", "blue-green"));
		assertThat(deployment.status()).isEqualTo(201);
		assertThat(deployment.field("status")).isEqualTo("requested");
		assertThat(deployment.field("deployment_strategy")).isEqualTo("blue-green");
		String path = "/api/v1/deployments/" + deployment.id() + "/outcome";
		assertThat(refusedWithoutWrites(() -> clientUser(acme).post(path, Map.of("status", "succeeded"))).status())
			.isEqualTo(403);
		assertThat(staff(acme).post(path, Map.of("status", "succeeded", "detail", "ok")).field("status"))
			.isEqualTo("succeeded");
		assertThat(refusedWithoutWrites(() -> staff(acme).post(path, Map.of("status", "failed"))).code())
			.isEqualTo("invalid_state");
	}

	@Test
	void replaysARetriedRunWithTheSameIdempotencyKey() {
		String acme = newClient();
		String journey = journeyOf(acme);
		Api client = caller("bob", List.of("CLIENT"), acme).header("Idempotency-Key", "retry-" + shortId());
		Api.Reply first = client.post("/api/v1/journeys/" + journey + "/executions", Map.of("context", Map.of("n", 1)));
		client.post("/api/v1/executions/" + first.id() + "/steps/kickoff/complete", null);
		Api.Reply again = client.post("/api/v1/journeys/" + journey + "/executions", Map.of("context", Map.of("n", 1)));
		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(again.header("Location")).isEqualTo(first.header("Location"));
		assertThat(again.json()).as("the first answer, not the record's later state").isEqualTo(first.json());
		Api.Reply reused = refusedWithoutWrites(
				() -> client.post("/api/v1/journeys/" + journey + "/executions", Map.of("context", Map.of("n", 2))));
		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.code()).isEqualTo("idempotency_key_reused");
		assertThat(this.mongo.getCollection("executions").countDocuments(new org.bson.Document("journey_id", journey)))
			.isEqualTo(1);
	}

	@Test
	void replaysARetriedRunAfterItsClientWasSuspended() {
		String acme = newClient();
		String solution = solutionOf(acme);
		Api client = caller("bob", List.of("CLIENT"), acme).header("Idempotency-Key", "retry-" + shortId());
		Api.Reply first = client.post("/api/v1/solutions/" + solution + "/deployments", null);
		admin().patch("/api/v1/clients/" + acme, Map.of("status", "suspended"));
		Api.Reply again = client.post("/api/v1/solutions/" + solution + "/deployments", null);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.json()).isEqualTo(first.json());
		Api.Reply fresh = refusedWithoutWrites(() -> caller("bob", List.of("CLIENT"), acme)
			.header("Idempotency-Key", "fresh-" + shortId()).post("/api/v1/solutions/" + solution + "/deployments", null));
		assertThat(fresh.code()).isEqualTo("client_suspended");
	}

	@Test
	void listsOnlyTheCallersClientsPaged() {
		String acme = newClient();
		String globex = newClient();
		String acmeSolution = solutionOf(acme);
		String globexSolution = solutionOf(globex);
		for (int i = 0; i < 3; i++) {
			admin().post("/api/v1/solutions/" + acmeSolution + "/deployments", null);
			admin().post("/api/v1/solutions/" + globexSolution + "/deployments", null);
		}
		Api.Reply page = clientUser(acme).get("/api/v1/deployments?size=2");
		assertThat(page.json().path("content").valueStream().map((record) -> record.path("client_id").asString()))
			.containsExactly(acme, acme);
		assertThat(page.json().path("page").path("total_elements").asLong()).isEqualTo(3);
		assertThat(page.json().path("page").path("total_pages").asLong()).isEqualTo(2);
		assertThat(page.json().path("page").path("size").asLong()).isEqualTo(2);
		assertThat(clientUser(acme).get("/api/v1/deployments?client_id=" + globex).json().path("content").size()).isZero();
		assertThat(staff(acme, globex).get("/api/v1/deployments?client_id=" + globex + "&solution_id=" + globexSolution)
			.json().path("page").path("total_elements").asLong()).isEqualTo(3);
		assertThat(clientUser(acme).get("/api/v1/deployments?size=101").code()).isEqualTo("validation_failed");
	}

}
