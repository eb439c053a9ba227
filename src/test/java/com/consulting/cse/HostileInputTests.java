package com.consulting.cse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.consulting.cse.HostilePayloads.Kind;
import com.consulting.cse.HostilePayloads.Payload;
import com.consulting.cse.support.Api;
import com.consulting.cse.support.FlowTestSupport;
import com.consulting.cse.support.RawHttp;
import com.consulting.cse.support.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write operation, sent by a caller who may perform it on a resource in the right state, with bodies,
 * ids, query parameters and credentials built to break it. Each one must be refused with a 4xx problem
 * document carrying a code of API.md, leak nothing about the implementation and write nothing. The cases are
 * a table ({@link HostilePayloads} for the bodies); how many were tried is printed after the run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "app.store.embedded.file=target/test-store/flows-${random.uuid}.mv")
class HostileInputTests extends FlowTestSupport {

	private static final Map<String, Integer> STATUS_OF_CODE = statusOfCodes();

	private static final List<String> LEAKS = List.of("exception", "at com.", "org.springframework", "tools.jackson",
			"mongo");

	private static final AtomicInteger TRIED = new AtomicInteger();

	private static final long STARTED = System.nanoTime();

	private static Fixture fixture;

	/**
	 * Every operation with every hostile body; operations that start work also with an {@code Idempotency-Key}
	 * on the bodies refused only inside the run (its context), to prove that no key is left behind. Built one
	 * operation at a time, as JUnit runs them, to keep the large bodies out of memory.
	 */
	@TestFactory
	Stream<DynamicTest> refusesHostileBodies() {
		return operations(fixture()).stream().flatMap((operation) -> {
			List<DynamicTest> tests = new ArrayList<>();
			for (Payload payload : payloadsFor(operation)) {
				tests.add(refusal(operation + " <- " + payload.name(), () -> send(operation, payload, null),
						payload.codes(), payload.field()));
			}
			if (operation.idempotent) {
				operation.objects.forEach((field, maxBytes) -> HostilePayloads
					.object(operation.body, field, operation.journey, maxBytes)
					.forEach((payload) -> tests.add(refusal(operation + " <- " + payload.name() + " (with an Idempotency-Key)",
							() -> send(operation, payload, "key-" + shortId()), payload.codes(), payload.field()))));
			}
			return tests.stream();
		});
	}

	@TestFactory
	Stream<DynamicTest> refusesIdempotencyKeysOutsidePrintableAscii() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Operation operation : operations(fixture())) {
			if (!operation.idempotent) {
				continue;
			}
			for (String key : List.of("k".repeat(256), "", "tab\tkey", "del\u007f", "caf\u00e9", "nul\u0000")) {
				Map<String, String> headers = Map.of("Authorization", operation.authorization(), "Idempotency-Key", key);
				tests.add(refusal(operation + " <- Idempotency-Key " + HostilePayloads.printable(key) + " ("
						+ key.length() + " chars)",
						() -> RawHttp.send(this.port, operation.method, operation.path().getBytes(StandardCharsets.UTF_8),
								headers, operation.bodyBytes(), HostilePayloads.JSON),
						Set.of("validation_failed", "malformed_request"), null));
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> answersProblemsAsJsonWhateverTheCallerAccepts() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Operation operation : operations(fixture())) {
			for (String accept : List.of("application/yaml", "text/html")) {
				Map<String, String> headers = Map.of("Authorization", operation.authorization(), "Accept", accept);
				tests.add(refusal(operation + " <- '{' accepting " + accept,
						() -> RawHttp.send(this.port, operation.method, operation.path().getBytes(StandardCharsets.UTF_8),
								headers, HostilePayloads.utf8("{"), HostilePayloads.JSON),
						Set.of("malformed_request", "validation_failed"), null));
			}
		}
		String token = TestTokens.token("staff-" + shortId(), List.of("STAFF"), List.of(fixture().client));
		tests.add(refusal("GET /api/v1/clients accepting only YAML", () -> RawHttp.send(this.port, "GET",
				HostilePayloads.utf8("/api/v1/clients"), Map.of("Authorization", bearer(token), "Accept", "application/yaml"),
				null, null), Set.of("not_acceptable"), null));
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> refusesIdsThatAreNotIds() {
		List<String> ids = List.of("%00", "..%2F..", "..", "x".repeat(5000), "%7B%22%24ne%22%3A1%7D", "{\"$ne\":1}",
				"%E2%98%83", "\u2603", "%ff", "%C0%AF", "%0d%0aX-Injected:%201", ";x=1", "%5C",
				"art_000000000000000000000000");
		List<DynamicTest> tests = new ArrayList<>();
		for (Operation operation : operations(fixture())) {
			for (String variable : operation.ids.keySet()) {
				Set<String> codes = "key".equals(variable)
						? Set.of("invalid_state", "not_found", "malformed_request", "validation_failed", "method_not_allowed")
						: Set.of("not_found", "malformed_request", "validation_failed", "method_not_allowed");
				for (String id : ids) {
					String target = operation.path(variable, id);
					tests.add(refusal(operation.method + " " + abbreviate(target), () -> RawHttp.send(this.port,
							operation.method, target.getBytes(StandardCharsets.UTF_8), operation.authorization(),
							operation.bodyBytes(), HostilePayloads.JSON), codes, null));
				}
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> refusesOperatorsInQueryParameters() {
		Fixture fixture = fixture();
		Map<String, List<String>> lists = new LinkedHashMap<>();
		lists.put("/api/v1/clients", List.of("status"));
		lists.put("/api/v1/artifacts", List.of("client_id", "status", "kind"));
		lists.put("/api/v1/artifacts/" + fixture.draft + "/events", List.of());
		lists.put("/api/v1/solutions", List.of("client_id"));
		lists.put("/api/v1/journeys", List.of("client_id"));
		lists.put("/api/v1/deployments", List.of("client_id", "solution_id", "status"));
		lists.put("/api/v1/executions", List.of("client_id", "journey_id", "status"));
		String token = TestTokens.token("staff-" + shortId(), List.of("STAFF"), List.of(fixture.client));
		List<DynamicTest> tests = new ArrayList<>();
		lists.forEach((path, filters) -> {
			List<String> queries = new ArrayList<>(List.of("client_id[$ne]=x", "client_id%5B%24ne%5D=x", "status[$gt]=",
					"$where=1", "filter=%7B%22client_id%22%3A%7B%22%24ne%22%3Anull%7D%7D", "size=101", "page=-1", "size=abc",
					"size=%00", "size=20&size=20"));
			for (String filter : filters) {
				queries.addAll(List.of(filter + "=%00", filter + "=a&" + filter + "=b", filter + "[$ne]=x", filter + "=x%00y"));
				if (!filter.endsWith("_id")) {
					queries.addAll(List.of(filter + "=%24ne", filter + "=%7B%22%24ne%22%3Anull%7D"));
				}
			}
			for (String query : queries) {
				byte[] target = (path + "?" + query).getBytes(StandardCharsets.UTF_8);
				tests.add(refusal("GET " + path + "?" + query,
						() -> RawHttp.send(this.port, "GET", target, "Bearer " + token, null, null),
						Set.of("validation_failed"), null));
			}
		});
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> refusesCredentialsThatAreNotValid() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Operation operation : operations(fixture())) {
			String valid = operation.token();
			String[] parts = valid.split("\\.");
			String admin = TestTokens.token("root", List.of("ADMIN"), List.of());
			Map<String, String> credentials = new LinkedHashMap<>();
			credentials.put("a forged token", bearer(TestTokens.forged(operation.subject, operation.roles, operation.clients)));
			credentials.put("an expired token", bearer(TestTokens.expired(operation.subject, operation.roles, operation.clients)));
			credentials.put("an alg:none token", bearer(TestTokens.unsigned(operation.subject, operation.roles, operation.clients)));
			credentials.put("an HS256 token keyed with the public key",
					bearer(TestTokens.hmacWithPublicKey(operation.subject, operation.roles, operation.clients)));
			credentials.put("a token with a tampered signature", bearer(valid.substring(0, valid.length() - 4) + "AAAA"));
			credentials.put("a token with another token's claims", bearer(parts[0] + "." + admin.split("\\.")[1] + "." + parts[2]));
			credentials.put("garbage", bearer("garbage"));
			credentials.put("an empty bearer", "Bearer ");
			credentials.put("Basic with a wrong password", basic("admin:wrong"));
			credentials.forEach((name, authorization) -> tests.add(refusal(operation + " <- " + name,
					() -> RawHttp.send(this.port, operation.method, operation.path().getBytes(StandardCharsets.UTF_8),
							authorization, operation.bodyBytes(), HostilePayloads.JSON),
					Set.of("unauthenticated"), null)));
		}
		return tests.stream();
	}

	@Test
	void comparesOperatorShapedFilterValuesAsPlainText() {
		Fixture fixture = fixture();
		Api staff = staff(fixture.client);
		for (String list : List.of("artifacts", "solutions", "journeys", "deployments", "executions")) {
			for (String value : List.of("%7B%22%24ne%22%3Anull%7D", "%7B%22%24gt%22%3A%22%22%7D", "%24ne", ".*")) {
				Api.Reply reply = staff.get("/api/v1/" + list + "?client_id=" + value);
				assertThat(reply.status()).as(list + " " + value + ": " + reply).isEqualTo(200);
				assertThat(reply.json().path("content").size()).as(list + " " + value).isZero();
			}
			assertThat(staff.get("/api/v1/" + list).json().path("content").size()).as(list).isPositive();
		}
	}

	@Test
	void acceptsWhiteSpaceOrAnEmptyObjectWhereNoBodyIsTaken() {
		Fixture fixture = newFixture();
		Api user = clientUser(fixture.client);
		String execution = "/api/v1/executions/" + fixture.execution;
		assertThat(user.post(execution + "/steps/kickoff/complete", " \r\n").status()).isEqualTo(200);
		assertThat(user.post(execution + "/cancel", "{ }").status()).isEqualTo(200);
	}

	/** The control: without anything hostile, each operation succeeds for the same caller and state. */
	@Test
	void acceptsEveryOperationItsValidRequest() {
		for (Operation operation : operations(newFixture())) {
			Api.Reply reply = operation.api(this.api)
				.raw(operation.method, operation.path(), operation.bodyBytes(), HostilePayloads.JSON);
			assertThat(reply.status()).as(operation + ": " + reply).isBetween(200, 201);
		}
	}

	@AfterAll
	static void reportHowManyHostileInputsWereTried() {
		System.out.printf("HostileInputTests: %d hostile inputs tried in %d s%n", TRIED.get(),
				(System.nanoTime() - STARTED) / 1_000_000_000L);
	}

	private DynamicTest refusal(String name, Supplier<Api.Reply> request, Set<String> codes, String field) {
		return DynamicTest.dynamicTest(abbreviate(name), () -> {
			TRIED.incrementAndGet();
			try {
				assertSafeProblem(name, refusedWithoutWrites(request), codes, field);
			}
			catch (AssertionError ex) {
				throw new AssertionError(abbreviate(name) + ": " + ex.getMessage(), ex);
			}
		});
	}

	private static void assertSafeProblem(String name, Api.Reply reply, Set<String> codes, String field) {
		JsonNode problem = reply.json();
		String code = problem.path("code").asString();
		String description = abbreviate(name) + " -> " + abbreviate(reply.toString());
		assertThat(code).as(description).isIn(codes);
		assertThat(STATUS_OF_CODE.get(code)).as(description).isEqualTo(reply.status());
		assertThat(problem.path("status").asInt()).as(description).isEqualTo(reply.status());
		assertThat(problem.path("type").asString()).as(description).isEqualTo("urn:problem:" + code);
		assertThat(problem.path("title").asString()).as(description).isNotBlank();
		assertThat(problem.path("detail").asString()).as(description).isNotBlank();
		assertThat(reply.text().toLowerCase(Locale.ROOT)).as(description).doesNotContain(LEAKS);
		if (field != null) {
			assertThat(problem.path("errors").path(0).path("field").asString()).as(description).startsWith(field);
		}
	}

	private Api.Reply send(Operation operation, Payload payload, String idempotencyKey) {
		if (payload.chunked()) {
			return RawHttp.chunked(this.port, operation.method, operation.path(), operation.authorization(), payload.body(),
					payload.contentType());
		}
		Api api = operation.api(this.api);
		if (idempotencyKey != null) {
			api = api.header("Idempotency-Key", idempotencyKey);
		}
		return api.raw(operation.method, operation.path(), payload.body(), payload.contentType());
	}

	private static List<Payload> payloadsFor(Operation operation) {
		if (operation.body == null) {
			return HostilePayloads.generic(Map.of("status", "approved"), Set.of(), false)
				.stream()
				.map((payload) -> payload.codes().contains("payload_too_large") ? payload
						: new Payload(payload.name(), payload.body(), payload.contentType(), Set.of("validation_failed"), "body",
								payload.chunked()))
				.toList();
		}
		List<Payload> payloads = new ArrayList<>(
				HostilePayloads.generic(operation.body, operation.declared, operation.bodyOptional));
		operation.texts.forEach((field, kind) -> payloads.addAll(HostilePayloads.text(operation.body, field, kind)));
		operation.objects.forEach((field, maxBytes) -> payloads
			.addAll(HostilePayloads.object(operation.body, field, operation.journey, maxBytes)));
		return payloads;
	}

	private synchronized Fixture fixture() {
		if (fixture == null) {
			fixture = newFixture();
		}
		return fixture;
	}

	/** One client with a resource in every state an operation needs. */
	private Fixture newFixture() {
		String client = newClient();
		Api staff = staff(client);
		String draft = artifact(staff, "solution", client);
		String draftJourney = artifact(staff, "journey", client);
		String review = artifact(staff, "solution", client);
		String reviewForChanges = artifact(staff, "journey", client);
		for (String id : List.of(review, reviewForChanges)) {
			assertThat(staff.post("/api/v1/artifacts/" + id + "/share", null).status()).isEqualTo(200);
		}
		String solution = solutionOf(client);
		String journey = journeyOf(client);
		String deployment = created(clientUser(client).post("/api/v1/solutions/" + solution + "/deployments", null));
		String execution = created(clientUser(client).post("/api/v1/journeys/" + journey + "/executions", null));
		return new Fixture(client, draft, draftJourney, review, reviewForChanges, approvedArtifact("solution", client),
				approvedArtifact("journey", client), solution, journey, deployment, execution);
	}

	private String artifact(Api staff, String kind, String client) {
		return created(staff.post("/api/v1/artifacts",
				Map.of("kind", kind, "title", "A " + kind, "client_id", client, "content", content(kind))));
	}

	private static Map<String, Object> content(String kind) {
		return "journey".equals(kind) ? journeyContent("kickoff", "setup")
				: Map.of("components", List.of("crm", "billing"), "region", "eu");
	}

	/** Every write operation of the API, with a valid body for the fixture's resources. */
	private static List<Operation> operations(Fixture f) {
		String client = f.client;
		return List.of(
				new Operation("create client", "POST", "/api/v1/clients", Role.ADMIN, client)
					.body("client_id", "h-" + shortId(), "name", "Hostile Corp")
					.text("client_id", Kind.PATTERN)
					.text("name", Kind.TEXT),
				new Operation("update client", "PATCH", "/api/v1/clients/{id}", Role.ADMIN, client).id("id", client)
					.body("name", "Renamed Corp", "status", "active")
					.text("name", Kind.TEXT)
					.text("status", Kind.ENUM),
				new Operation("create solution artifact", "POST", "/api/v1/artifacts", Role.STAFF, client)
					.body("kind", "solution", "title", "Plan", "client_id", client, "content", content("solution"))
					.text("kind", Kind.ENUM)
					.text("title", Kind.TEXT)
					.text("client_id", Kind.PATTERN)
					.object("content", 256 * 1024),
				new Operation("create journey artifact", "POST", "/api/v1/artifacts", Role.STAFF, client)
					.body("kind", "journey", "title", "Onboarding", "client_id", client, "content", content("journey"))
					.object("content", 256 * 1024)
					.journey(),
				new Operation("edit draft", "PATCH", "/api/v1/artifacts/{id}", Role.STAFF, client).id("id", f.draft)
					.body("title", "Plan B", "content", content("solution"))
					.text("title", Kind.TEXT)
					.object("content", 256 * 1024),
				new Operation("edit journey draft", "PATCH", "/api/v1/artifacts/{id}", Role.STAFF, client)
					.id("id", f.draftJourney)
					.body("content", content("journey"))
					.declare("title")
					.object("content", 256 * 1024)
					.journey(),
				new Operation("share", "POST", "/api/v1/artifacts/{id}/share", Role.STAFF, client).id("id", f.draft),
				new Operation("approve", "POST", "/api/v1/artifacts/{id}/approve", Role.CLIENT, client).id("id", f.review),
				new Operation("request changes", "POST", "/api/v1/artifacts/{id}/request-changes", Role.CLIENT, client)
					.id("id", f.reviewForChanges)
					.body("comment", "More detail, please")
					.text("comment", Kind.COMMENT),
				new Operation("convert to solution", "POST", "/api/v1/solutions", Role.STAFF, client)
					.body("artifact_id", f.approvedSolution)
					.declare("name", "definition", "client_id")
					.text("artifact_id", Kind.OPAQUE),
				new Operation("create solution", "POST", "/api/v1/solutions", Role.STAFF, client)
					.body("name", "Direct", "definition", content("solution"), "client_id", client)
					.declare("artifact_id")
					.text("name", Kind.TEXT)
					.text("client_id", Kind.PATTERN)
					.object("definition", 256 * 1024),
				new Operation("convert to journey", "POST", "/api/v1/journeys", Role.STAFF, client)
					.body("artifact_id", f.approvedJourney)
					.declare("name", "definition", "client_id")
					.text("artifact_id", Kind.OPAQUE),
				new Operation("create journey", "POST", "/api/v1/journeys", Role.STAFF, client)
					.body("name", "Direct", "definition", content("journey"), "client_id", client)
					.declare("artifact_id")
					.text("name", Kind.TEXT)
					.text("client_id", Kind.PATTERN)
					.object("definition", 256 * 1024)
					.journey(),
				new Operation("deploy", "POST", "/api/v1/solutions/{id}/deployments", Role.CLIENT, client)
					.id("id", f.solution)
					.body("client_id", client, "context", Map.of("channel", "web"), "deployment_strategy", "blue-green")
					.text("client_id", Kind.PATTERN)
					.text("deployment_strategy", Kind.PATTERN)
					.object("context", 64 * 1024)
					.startsWork(),
				new Operation("execute", "POST", "/api/v1/journeys/{id}/executions", Role.CLIENT, client)
					.id("id", f.journey)
					.body("client_id", client, "context", Map.of("channel", "web"), "execution_mode", "guided")
					.text("client_id", Kind.PATTERN)
					.text("execution_mode", Kind.PATTERN)
					.object("context", 64 * 1024)
					.startsWork(),
				new Operation("record outcome", "POST", "/api/v1/deployments/{id}/outcome", Role.STAFF, client)
					.id("id", f.deployment)
					.body("status", "succeeded", "detail", "Went live")
					.text("status", Kind.ENUM)
					.text("detail", Kind.DETAIL),
				new Operation("complete step", "POST", "/api/v1/executions/{id}/steps/{key}/complete", Role.CLIENT, client)
					.id("id", f.execution)
					.id("key", "kickoff"),
				new Operation("cancel", "POST", "/api/v1/executions/{id}/cancel", Role.CLIENT, client).id("id", f.execution));
	}

	private static String bearer(String token) {
		return "Bearer " + token;
	}

	private static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	private static String abbreviate(String text) {
		String printable = HostilePayloads.printable(text);
		return (printable.length() > 160) ? printable.substring(0, 157) + "..." : printable;
	}

	private static Map<String, Integer> statusOfCodes() {
		Map<String, Integer> codes = new LinkedHashMap<>();
		List.of("validation_failed", "malformed_request", "client_id_conflict", "client_id_required")
			.forEach((code) -> codes.put(code, 400));
		codes.put("unauthenticated", 401);
		List.of("forbidden", "client_not_authorized", "client_mismatch").forEach((code) -> codes.put(code, 403));
		codes.put("not_found", 404);
		codes.put("method_not_allowed", 405);
		codes.put("not_acceptable", 406);
		List.of("client_exists", "invalid_state", "client_suspended", "request_in_progress")
			.forEach((code) -> codes.put(code, 409));
		codes.put("precondition_failed", 412);
		codes.put("payload_too_large", 413);
		codes.put("unsupported_media_type", 415);
		codes.put("idempotency_key_reused", 422);
		return codes;
	}

	private record Fixture(String client, String draft, String draftJourney, String review, String reviewForChanges,
			String approvedSolution, String approvedJourney, String solution, String journey, String deployment,
			String execution) {
	}

	private enum Role {

		ADMIN, STAFF, CLIENT

	}

	/** A write operation, its caller and the valid body that the table breaks. */
	private static final class Operation {

		final String name;

		final String method;

		final String template;

		final String subject;

		final List<String> roles;

		final List<String> clients;

		final Map<String, String> ids = new LinkedHashMap<>();

		final Set<String> declared = new HashSet<>();

		final Map<String, Kind> texts = new LinkedHashMap<>();

		final Map<String, Integer> objects = new LinkedHashMap<>();

		Map<String, Object> body;

		boolean journey;

		boolean bodyOptional;

		boolean idempotent;

		private String token;

		Operation(String name, String method, String template, Role role, String client) {
			this.name = name;
			this.method = method;
			this.template = template;
			this.subject = role.name().toLowerCase(Locale.ROOT) + "-" + shortId();
			this.roles = List.of(role.name());
			this.clients = (role == Role.ADMIN) ? List.of() : List.of(client);
		}

		Operation id(String variable, String value) {
			this.ids.put(variable, value);
			return this;
		}

		Operation body(Object... namesAndValues) {
			this.body = new LinkedHashMap<>();
			for (int i = 0; i < namesAndValues.length; i += 2) {
				this.body.put((String) namesAndValues[i], namesAndValues[i + 1]);
				this.declared.add((String) namesAndValues[i]);
			}
			return this;
		}

		Operation declare(String... names) {
			this.declared.addAll(List.of(names));
			return this;
		}

		Operation text(String field, Kind kind) {
			this.texts.put(field, kind);
			return this;
		}

		Operation object(String field, int maxBytes) {
			this.objects.put(field, maxBytes);
			return this;
		}

		Operation journey() {
			this.journey = true;
			return this;
		}

		Operation startsWork() {
			this.bodyOptional = true;
			this.idempotent = true;
			return this;
		}

		String token() {
			if (this.token == null) {
				this.token = TestTokens.token(this.subject, this.roles, this.clients);
			}
			return this.token;
		}

		String authorization() {
			return bearer(token());
		}

		Api api(Api api) {
			return api.bearer(token());
		}

		byte[] bodyBytes() {
			return (this.body != null) ? HostilePayloads.utf8(Api.json(this.body)) : null;
		}

		String path() {
			String path = this.template;
			for (Map.Entry<String, String> id : this.ids.entrySet()) {
				path = path.replace("{" + id.getKey() + "}", id.getValue());
			}
			return path;
		}

		String path(String variable, String value) {
			String path = this.template.replace("{" + variable + "}", value);
			for (Map.Entry<String, String> id : this.ids.entrySet()) {
				path = path.replace("{" + id.getKey() + "}", id.getValue());
			}
			return path;
		}

		@Override
		public String toString() {
			return this.name + " (" + this.method + " " + this.template + ")";
		}

	}

}
