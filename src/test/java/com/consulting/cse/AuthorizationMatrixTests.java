package com.consulting.cse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.consulting.cse.support.Api;
import com.consulting.cse.support.FlowTestSupport;
import com.consulting.cse.support.StoreSnapshot;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.TestAbortedException;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP API1, broken object level authorization: every operation of the service's own OpenAPI document, called
 * by every kind of caller on every kind of object, answers what the policy tables below declare (derived from
 * API.md). Every refusal is a problem document with the declared code that wrote nothing, and another client's
 * object is answered exactly as a missing one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "app.store.embedded.file=target/test-store/flows-${random.uuid}.mv")
class AuthorizationMatrixTests extends FlowTestSupport {

	private static final String API = "/api/v1";

	/**
	 * The expected answer per operation (row), caller (column group) and object (column within a group): A =
	 * client A's, B = client B's, U = unscoped (a document created without client_id, or a record an ADMIN ran on
	 * one), M = missing (a well-formed id that does not exist). For creations the object is what the body names:
	 * the client of POST /clients, /artifacts and a direct POST /solutions|/journeys (U: no client_id; M: a client
	 * that does not exist), the approved artifact of a conversion. Cells: 200/201 success, 401 unauthenticated,
	 * 403 forbidden (role), 404 not_found, cna = 403 client_not_authorized, cir = 400 client_id_required, dup =
	 * 409 client_exists, n/a = no such object can exist (clients and artifacts always belong to a client). Runs
	 * send an empty body, so the client rule decides. A row with a (variant) is the same operation on an object in
	 * another state: CLIENT users never see drafts.
	 */
	private static final String OBJECT_POLICY = """
			#                                             anonymous        admin            staff of A       staff of B       staff of A+B     client of A      client of B      client of A+B    client of none
			#                                             A   B   U   M    A   B   U   M    A   B   U   M    A   B   U   M    A   B   U   M    A   B   U   M    A   B   U   M    A   B   U   M    A   B   U   M
			POST  /clients                                401 401 n/a 401  dup dup n/a 201  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403
			GET   /clients/{client_id}                    401 401 n/a 401  200 200 n/a 404  200 404 n/a 404  404 200 n/a 404  200 200 n/a 404  200 404 n/a 404  404 200 n/a 404  200 200 n/a 404  404 404 n/a 404
			PATCH /clients/{client_id}                    401 401 n/a 401  200 200 n/a 404  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403
			POST  /artifacts                              401 401 n/a 401  201 201 n/a cna  201 cna n/a cna  cna 201 n/a cna  201 201 n/a cna  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403
			GET   /artifacts/{id} (draft)                 401 401 n/a 401  200 200 n/a 404  200 404 n/a 404  404 200 n/a 404  200 200 n/a 404  404 404 n/a 404  404 404 n/a 404  404 404 n/a 404  404 404 n/a 404
			GET   /artifacts/{id} (review)                401 401 n/a 401  200 200 n/a 404  200 404 n/a 404  404 200 n/a 404  200 200 n/a 404  200 404 n/a 404  404 200 n/a 404  200 200 n/a 404  404 404 n/a 404
			GET   /artifacts/{id}/events (draft)          401 401 n/a 401  200 200 n/a 404  200 404 n/a 404  404 200 n/a 404  200 200 n/a 404  404 404 n/a 404  404 404 n/a 404  404 404 n/a 404  404 404 n/a 404
			GET   /artifacts/{id}/events (review)         401 401 n/a 401  200 200 n/a 404  200 404 n/a 404  404 200 n/a 404  200 200 n/a 404  200 404 n/a 404  404 200 n/a 404  200 200 n/a 404  404 404 n/a 404
			PATCH /artifacts/{id}                         401 401 n/a 401  200 200 n/a 404  200 404 n/a 404  404 200 n/a 404  200 200 n/a 404  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403
			POST  /artifacts/{id}/share                   401 401 n/a 401  200 200 n/a 404  200 404 n/a 404  404 200 n/a 404  200 200 n/a 404  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403
			POST  /artifacts/{id}/approve                 401 401 n/a 401  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403  200 404 n/a 404  404 200 n/a 404  200 200 n/a 404  404 404 n/a 404
			POST  /artifacts/{id}/request-changes         401 401 n/a 401  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403  200 404 n/a 404  404 200 n/a 404  200 200 n/a 404  404 404 n/a 404
			POST  /solutions (convert)                    401 401 n/a 401  201 201 n/a 404  201 404 n/a 404  404 201 n/a 404  201 201 n/a 404  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403
			POST  /solutions (direct)                     401 401 401 401  201 201 201 cna  201 cna 201 cna  cna 201 201 cna  201 201 201 cna  403 403 403 403  403 403 403 403  403 403 403 403  403 403 403 403
			GET   /solutions/{id}                         401 401 401 401  200 200 200 404  200 404 200 404  404 200 200 404  200 200 200 404  200 404 200 404  404 200 200 404  200 200 200 404  404 404 200 404
			POST  /solutions/{id}/deployments             401 401 401 401  201 201 201 404  201 404 201 404  404 201 201 404  201 201 201 404  201 404 201 404  404 201 201 404  201 201 cir 404  404 404 cir 404
			POST  /journeys (convert)                     401 401 n/a 401  201 201 n/a 404  201 404 n/a 404  404 201 n/a 404  201 201 n/a 404  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403  403 403 n/a 403
			POST  /journeys (direct)                      401 401 401 401  201 201 201 cna  201 cna 201 cna  cna 201 201 cna  201 201 201 cna  403 403 403 403  403 403 403 403  403 403 403 403  403 403 403 403
			GET   /journeys/{id}                          401 401 401 401  200 200 200 404  200 404 200 404  404 200 200 404  200 200 200 404  200 404 200 404  404 200 200 404  200 200 200 404  404 404 200 404
			POST  /journeys/{id}/executions               401 401 401 401  201 201 201 404  201 404 201 404  404 201 201 404  201 201 201 404  201 404 201 404  404 201 201 404  201 201 cir 404  404 404 cir 404
			GET   /deployments/{id}                       401 401 401 401  200 200 200 404  200 404 200 404  404 200 200 404  200 200 200 404  200 404 404 404  404 200 404 404  200 200 404 404  404 404 404 404
			POST  /deployments/{id}/outcome               401 401 401 401  200 200 200 404  200 404 200 404  404 200 200 404  200 200 200 404  403 403 403 403  403 403 403 403  403 403 403 403  403 403 403 403
			GET   /executions/{id}                        401 401 401 401  200 200 200 404  200 404 200 404  404 200 200 404  200 200 200 404  200 404 404 404  404 200 404 404  200 200 404 404  404 404 404 404
			POST  /executions/{id}/steps/{key}/complete   401 401 401 401  200 200 200 404  200 404 200 404  404 200 200 404  200 200 200 404  200 404 404 404  404 200 404 404  200 200 404 404  404 404 404 404
			POST  /executions/{id}/cancel                 401 401 401 401  200 200 200 404  200 404 200 404  404 200 200 404  200 200 200 404  200 404 404 404  404 200 404 404  200 200 404 404  404 404 404 404
			""";

	/**
	 * The lists: the expected answer per caller, and which items may be in it ("own": the item's client_id is
	 * one of the caller's clients, every client for ADMIN).
	 */
	private static final String LIST_POLICY = """
			#                   anonymous       admin           staff of A      staff of B      staff of A+B    client of A     client of B     client of A+B   client of none  every returned item is
			GET   /clients      401             200             200             200             200             200             200             200             200             own
			GET   /artifacts    401             200             200             200             200             200             200             200             200             own,no-drafts-for-CLIENT
			GET   /solutions    401             200             200             200             200             200             200             200             200             own+unscoped
			GET   /journeys     401             200             200             200             200             200             200             200             200             own+unscoped
			GET   /deployments  401             200             200             200             200             200             200             200             200             own+unscoped-for-ADMIN/STAFF
			GET   /executions   401             200             200             200             200             200             200             200             200             own+unscoped-for-ADMIN/STAFF
			""";

	private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
			"trace");

	private static final int PAGE_SIZE = 100;

	private final Map<Who, Api> callers = new EnumMap<>(Who.class);

	private final Map<String, Api.Reply> replies = new LinkedHashMap<>();

	private final Map<Target, String> drafts = new EnumMap<>(Target.class);

	private final Map<Target, String> inReview = new EnumMap<>(Target.class);

	private final Map<Target, String> solutions = new EnumMap<>(Target.class);

	private final Map<Target, String> journeys = new EnumMap<>(Target.class);

	private final Map<Target, String> deployments = new EnumMap<>(Target.class);

	private final Map<Target, String> executions = new EnumMap<>(Target.class);

	private String clientA;

	private String clientB;

	/** The store as last seen, while nothing has written since; a refusal is compared with it. */
	private StoreSnapshot lastSeen;

	private int cellsRun;

	@TestFactory
	Stream<DynamicNode> answersEveryOperationCallerAndObjectAsThePolicyDeclares() {
		long started = System.nanoTime();
		List<ObjectRow> objectRows = ObjectRow.parse(OBJECT_POLICY);
		List<ListRow> listRows = ListRow.parse(LIST_POLICY);
		Map<String, Scenario> scenarios = scenarios();
		mintCallers();
		createSharedObjects();
		DynamicTest coverage = test("OpenAPI", "every documented operation has a policy row, and vice versa",
				() -> assertEveryOperationHasARow(objectRows, listRows, scenarios));
		Stream<DynamicNode> lists = listRows.stream().map(this::listCells);
		Stream<DynamicNode> objects = objectRows.stream().map((row) -> objectCells(row, scenarios.get(row.name())));
		DynamicTest size = test("summary", "matrix size", () -> reportSize(objectRows, listRows, started));
		return Stream.of(Stream.<DynamicNode>of(coverage), lists, objects, Stream.<DynamicNode>of(size))
			.flatMap(Function.identity());
	}

	/** A dynamic test whose failure names its row and cell, which the test reports do not. */
	private static DynamicTest test(String row, String name, Executable body) {
		return DynamicTest.dynamicTest(name, () -> {
			try {
				body.execute();
			}
			catch (AssertionError failure) {
				throw new AssertionError("[" + row + "] " + name + ": " + failure.getMessage(), failure);
			}
		});
	}

	private void assertEveryOperationHasARow(List<ObjectRow> objectRows, List<ListRow> listRows,
			Map<String, Scenario> scenarios) {
		Api.Reply document = this.api.get("/v3/api-docs");
		assertThat(document.status()).as(document.toString()).isEqualTo(200);
		Set<String> documented = new TreeSet<>();
		document.json().path("paths").properties().forEach((path) -> path.getValue().properties().stream()
			.map(Map.Entry::getKey)
			.filter(HTTP_METHODS::contains)
			.forEach((method) -> documented.add(method.toUpperCase() + " " + path.getKey())));
		Set<String> declared = new TreeSet<>();
		objectRows.forEach((row) -> declared.add(row.operation()));
		listRows.forEach((row) -> declared.add(row.operation()));
		assertThat(declared).as("operations of the policy tables").containsExactlyInAnyOrderElementsOf(documented);
		assertThat(scenarios.keySet()).as("scenarios for the object rows")
			.containsExactlyInAnyOrderElementsOf(objectRows.stream().map(ObjectRow::name).toList());
	}

	private DynamicContainer listCells(ListRow row) {
		return DynamicContainer.dynamicContainer(row.name(), Arrays.stream(Who.values()).map((who) -> {
			Expected expected = row.cells().get(who);
			String name = who.label + " -> " + expected
					+ (expected.isRefusal() ? "" : ", every item " + row.visibility().token);
			return test(row.name(), name, () -> {
				this.cellsRun++;
				if (expected.isRefusal()) {
					assertRefused(who, Target.MISSING, null, expected, () -> as(who).get(API + row.path()));
				}
				else {
					assertListed(row, who, expected);
				}
			});
		}));
	}

	private void assertListed(ListRow row, Who who, Expected expected) {
		List<JsonNode> items = new ArrayList<>();
		int pages = 1;
		for (int page = 0; page < pages && page < 50; page++) {
			Api.Reply reply = as(who).get(API + row.path() + "?size=" + PAGE_SIZE + "&page=" + page);
			this.lastSeen = null;
			assertThat(reply.status()).as(reply.toString()).isEqualTo(expected.status());
			reply.json().path("content").valueStream().forEach(items::add);
			pages = reply.json().path("page").path("total_pages").asInt();
		}
		Set<String> mine = clientIds(who);
		String idField = row.path().equals("/clients") ? "client_id" : "id";
		assertThat(items).as("items %s may see", who.label)
			.allSatisfy((item) -> assertThat(
					row.visibility().allows(who, mine, text(item, "client_id"), text(item, "status")))
				.as("visible to %s: %s", who.label, item)
				.isTrue());
		List<String> listed = items.stream().map((item) -> text(item, idField)).toList();
		for (Known known : known(row.path())) {
			boolean visible = row.visibility().allows(who, mine, known.clientId(), known.status());
			assertThat(listed.contains(known.id())).as("%s listed for %s", known, who.label).isEqualTo(visible);
		}
	}

	private DynamicContainer objectCells(ObjectRow row, Scenario scenario) {
		List<DynamicNode> nodes = new ArrayList<>();
		for (Who who : Who.values()) {
			for (Target target : Target.values()) {
				nodes.add(cell(row, scenario, who, target));
			}
		}
		for (Who who : Who.values()) {
			for (Target foreign : List.of(Target.A, Target.B)) {
				if (!who.mayActFor(foreign) && row.expected(who, foreign).applies()) {
					nodes.add(hiddenAsMissing(row, who, foreign));
				}
			}
		}
		return DynamicContainer.dynamicContainer(row.name(), nodes);
	}

	private DynamicTest cell(ObjectRow row, Scenario scenario, Who who, Target target) {
		Expected expected = row.expected(who, target);
		String name = who.label + " x " + target.label + " -> " + expected;
		if (!expected.applies()) {
			return DynamicTest.dynamicTest(name, () -> {
				throw new TestAbortedException("n/a: " + row.name() + " has no " + target.label
						+ " object (clients and artifacts always belong to a client)");
			});
		}
		return test(row.name(), name, () -> {
			this.cellsRun++;
			String id = scenario.subject().id(target);
			Supplier<Api.Reply> request = () -> {
				Api.Reply reply = scenario.call().send(as(who), id);
				this.replies.put(row.name() + " " + who + " " + target, reply);
				return reply;
			};
			if (expected.isRefusal()) {
				assertRefused(who, target, id, expected, request);
				return;
			}
			Api.Reply reply = request.get();
			this.lastSeen = null;
			assertThat(reply.status()).as(reply.toString()).isEqualTo(expected.status());
			scenario.check().verify(who, target, id, reply);
		});
	}

	/**
	 * Sends a request that must be refused with {@code expected}, asserting that it answers a problem document
	 * naming no client the caller did not name, and that the store is exactly as before.
	 */
	private void assertRefused(Who who, Target target, String id, Expected expected,
			Supplier<Api.Reply> request) {
		StoreSnapshot before = (this.lastSeen != null) ? this.lastSeen : StoreSnapshot.of(this.mongo);
		Api.Reply reply = request.get();
		StoreSnapshot after = StoreSnapshot.of(this.mongo);
		this.lastSeen = after;
		assertThat(reply.status()).as(reply.toString()).isEqualTo(expected.status());
		assertThat(reply.header("Content-Type")).as("content type of " + reply).startsWith("application/problem+json");
		assertThat(reply.code()).as("code of " + reply).isEqualTo(expected.code());
		assertThat(after.changesSince(before)).as("writes by a refused request " + reply).isEmpty();
		String owner = clientId(target);
		if (owner != null && !who.mayActFor(target) && !owner.equals(id)) {
			assertThat(reply.text()).as("a refusal must not hint at the owner").doesNotContain(owner);
		}
	}

	private DynamicTest hiddenAsMissing(ObjectRow row, Who who, Target foreign) {
		return test(row.name(), who.label + ": " + foreign.label + " answers as missing", () -> {
			Api.Reply other = this.replies.get(row.name() + " " + who + " " + foreign);
			Api.Reply missing = this.replies.get(row.name() + " " + who + " " + Target.MISSING);
			assertThat(other).as("answer to %s x %s", who.label, foreign.label).isNotNull();
			assertThat(missing).as("answer to %s x missing", who.label).isNotNull();
			assertThat(other.status()).as(other.toString()).isBetween(400, 499).isEqualTo(missing.status());
			assertThat(other.code()).isEqualTo(missing.code());
			assertThat(fieldNames(other)).isEqualTo(fieldNames(missing));
		});
	}

	private void reportSize(List<ObjectRow> objectRows, List<ListRow> listRows, long started) {
		long objectCells = objectRows.stream().mapToLong(ObjectRow::applicableCells).sum();
		long notApplicable = objectRows.size() * (long) Who.values().length * Target.values().length - objectCells;
		long listCells = listRows.size() * (long) Who.values().length;
		long comparisons = objectRows.stream().mapToLong(ObjectRow::foreignCells).sum();
		long operations = Stream
			.concat(objectRows.stream().map(ObjectRow::operation), listRows.stream().map(ListRow::operation))
			.distinct()
			.count();
		System.out.printf(
				"Authorization matrix: %d operations (%d policy rows) x %d callers x objects = %d cells run "
						+ "(%d object cells + %d list cells), %d n/a cells, "
						+ "%d foreign-vs-missing comparisons, %.1f s%n",
				operations, objectRows.size() + listRows.size(), Who.values().length, objectCells + listCells,
				objectCells, listCells, notApplicable, comparisons, (System.nanoTime() - started) / 1e9);
		assertThat(this.cellsRun).as("cells run").isEqualTo(objectCells + listCells);
	}

	private Map<String, Scenario> scenarios() {
		Map<String, Scenario> scenarios = new LinkedHashMap<>();
		scenarios.put("POST /clients", new Scenario(this::namedClient,
				(api, id) -> api.post(API + "/clients", Map.of("client_id", id, "name", "Matrix client")),
				echoes("client_id")));
		scenarios.put("GET /clients/{client_id}",
				new Scenario(this::namedClient, (api, id) -> api.get(API + "/clients/" + id), echoes("client_id")));
		scenarios.put("PATCH /clients/{client_id}", new Scenario(this::namedClient,
				(api, id) -> api.patch(API + "/clients/" + id, Map.of("status", "active")), echoes("client_id")));
		scenarios.put("POST /artifacts", new Scenario(this::namedClient, (api, id) -> api.post(API + "/artifacts",
				Map.of("kind", "solution", "title", "Matrix", "client_id", id, "content", content("solution"))),
				echoes("client_id")));
		Subject draft = shared(this.drafts, "art");
		Subject review = shared(this.inReview, "art");
		scenarios.put("GET /artifacts/{id} (draft)", read("/artifacts/", draft, ""));
		scenarios.put("GET /artifacts/{id} (review)", read("/artifacts/", review, ""));
		scenarios.put("GET /artifacts/{id}/events (draft)", read("/artifacts/", draft, "/events"));
		scenarios.put("GET /artifacts/{id}/events (review)", read("/artifacts/", review, "/events"));
		scenarios.put("PATCH /artifacts/{id}", new Scenario(fresh((owner) -> draft(owner, "solution"), "art"),
				(api, id) -> api.patch(API + "/artifacts/" + id, Map.of("title", "Edited")), echoes("id")));
		scenarios.put("POST /artifacts/{id}/share", transition(fresh((owner) -> draft(owner, "solution"), "art"),
				"/artifacts/", "/share", null));
		scenarios.put("POST /artifacts/{id}/approve", transition(fresh((owner) -> reviewed(owner, "solution"), "art"),
				"/artifacts/", "/approve", null));
		scenarios.put("POST /artifacts/{id}/request-changes", transition(
				fresh((owner) -> reviewed(owner, "solution"), "art"), "/artifacts/", "/request-changes",
				Map.of("comment", "More detail")));
		for (String kind : List.of("solution", "journey")) {
			String documents = "/" + kind + "s";
			scenarios.put("POST " + documents + " (convert)",
					new Scenario(fresh((owner) -> approved(owner, kind), "art"),
							(api, id) -> api.post(API + documents, Map.of("artifact_id", id)), this::convertedFrom));
			scenarios.put("POST " + documents + " (direct)", new Scenario(this::namedClient,
					(api, id) -> api.post(API + documents, direct(kind, id)), this::createdFor));
		}
		scenarios.put("GET /solutions/{id}", read("/solutions/", shared(this.solutions, "sol"), ""));
		scenarios.put("GET /journeys/{id}", read("/journeys/", shared(this.journeys, "jrn"), ""));
		scenarios.put("POST /solutions/{id}/deployments", new Scenario(shared(this.solutions, "sol"),
				(api, id) -> api.post(API + "/solutions/" + id + "/deployments", null), this::ranFor));
		scenarios.put("POST /journeys/{id}/executions", new Scenario(shared(this.journeys, "jrn"),
				(api, id) -> api.post(API + "/journeys/" + id + "/executions", null), this::ranFor));
		scenarios.put("GET /deployments/{id}", read("/deployments/", shared(this.deployments, "dep"), ""));
		scenarios.put("POST /deployments/{id}/outcome", transition(fresh(this::requestedDeployment, "dep"),
				"/deployments/", "/outcome", Map.of("status", "succeeded")));
		scenarios.put("GET /executions/{id}", read("/executions/", shared(this.executions, "exe"), ""));
		scenarios.put("POST /executions/{id}/steps/{key}/complete", transition(fresh(this::runningExecution, "exe"),
				"/executions/", "/steps/kickoff/complete", null));
		scenarios.put("POST /executions/{id}/cancel", transition(fresh(this::runningExecution, "exe"),
				"/executions/", "/cancel", null));
		return scenarios;
	}

	private static Scenario read(String collection, Subject subject, String suffix) {
		SuccessCheck check = suffix.isEmpty() ? echoes("id")
				: (who, target, id, reply) -> assertThat(reply.json().path("content").size()).isPositive();
		return new Scenario(subject, (api, id) -> api.get(API + collection + id + suffix), check);
	}

	private static Scenario transition(Subject subject, String collection, String action, Object body) {
		return new Scenario(subject, (api, id) -> api.post(API + collection + id + action, body), echoes("id"));
	}

	private static SuccessCheck echoes(String field) {
		return (who, target, id, reply) -> assertThat(reply.field(field)).as(reply.toString()).isEqualTo(id);
	}

	private void convertedFrom(Who who, Target target, String artifactId, Api.Reply reply) {
		assertThat(reply.field("artifact_id")).as(reply.toString()).isEqualTo(artifactId);
		assertThat(text(reply.json(), "client_id")).isEqualTo(clientId(target));
	}

	private void createdFor(Who who, Target target, String clientId, Api.Reply reply) {
		assertThat(text(reply.json(), "client_id")).as(reply.toString()).isEqualTo(clientId);
	}

	/** A run is recorded for the document's client, else the one client of a CLIENT caller, else unscoped. */
	private void ranFor(Who who, Target target, String documentId, Api.Reply reply) {
		String effective = (target != Target.UNSCOPED) ? clientId(target)
				: who.isOperator() ? null : clientIds(who).iterator().next();
		assertThat(text(reply.json(), "client_id")).as(reply.toString()).isEqualTo(effective);
		assertThat(text(reply.json().path("context"), "client_id")).isEqualTo(effective);
	}

	/** The shared object of {@code target}, or a well-formed id of {@code prefix} that does not exist. */
	private static Subject shared(Map<Target, String> ids, String prefix) {
		return (target) -> (target == Target.MISSING) ? missingId(prefix) : ids.get(target);
	}

	/** A new object of {@code target}'s owner for every cell, so that each state change starts from the same state. */
	private Subject fresh(Function<Target, String> create, String prefix) {
		return (target) -> {
			if (target == Target.MISSING) {
				return missingId(prefix);
			}
			this.lastSeen = null;
			return create.apply(target);
		};
	}

	/** The client a body names: A's, B's, none for unscoped, or a well-formed client id that does not exist. */
	private String namedClient(Target target) {
		return (target == Target.MISSING) ? "c-" + shortId() : clientId(target);
	}

	private static String missingId(String prefix) {
		return prefix + "_" + new ObjectId().toHexString();
	}

	private void mintCallers() {
		String run = shortId();
		this.clientA = newClient();
		this.clientB = newClient();
		for (Who who : Who.values()) {
			this.callers.put(who, (who == Who.ANONYMOUS) ? this.api
					: caller("matrix-" + who.name().toLowerCase() + "-" + run, List.of(who.role),
							clientIds(who).toArray(String[]::new)));
		}
	}

	private void createSharedObjects() {
		for (Target owner : List.of(Target.A, Target.B)) {
			this.drafts.put(owner, draft(owner, "solution"));
			this.inReview.put(owner, reviewed(owner, "journey"));
			this.solutions.put(owner, convert("/solutions", approved(owner, "solution")));
			this.journeys.put(owner, convert("/journeys", approved(owner, "journey")));
		}
		this.solutions.put(Target.UNSCOPED, created(as(Who.ADMIN).post(API + "/solutions", direct("solution", null))));
		this.journeys.put(Target.UNSCOPED, created(as(Who.ADMIN).post(API + "/journeys", direct("journey", null))));
		for (Target owner : List.of(Target.A, Target.B, Target.UNSCOPED)) {
			this.deployments.put(owner, requestedDeployment(owner));
			this.executions.put(owner, runningExecution(owner));
		}
	}

	private String convert(String documents, String artifactId) {
		return created(as(Who.ADMIN).post(API + documents, Map.of("artifact_id", artifactId)));
	}

	private String draft(Target owner, String kind) {
		return created(as(Who.ADMIN).post(API + "/artifacts", Map.of("kind", kind, "title", "Matrix " + kind,
				"client_id", clientId(owner), "content", content(kind))));
	}

	private String reviewed(Target owner, String kind) {
		String id = draft(owner, kind);
		Api.Reply shared = as(Who.ADMIN).post(API + "/artifacts/" + id + "/share", null);
		assertThat(shared.status()).as(shared.toString()).isEqualTo(200);
		return id;
	}

	private String approved(Target owner, String kind) {
		String id = reviewed(owner, kind);
		Api.Reply approved = as((owner == Target.A) ? Who.CLIENT_A : Who.CLIENT_B)
			.post(API + "/artifacts/" + id + "/approve", null);
		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
		return id;
	}

	/** A deployment that an ADMIN ran on {@code owner}'s solution: requested, and unscoped for the unscoped one. */
	private String requestedDeployment(Target owner) {
		return created(as(Who.ADMIN).post(API + "/solutions/" + this.solutions.get(owner) + "/deployments", null));
	}

	/** An execution that an ADMIN ran on {@code owner}'s journey: running, and unscoped for the unscoped one. */
	private String runningExecution(Target owner) {
		return created(as(Who.ADMIN).post(API + "/journeys/" + this.journeys.get(owner) + "/executions", null));
	}

	private static Map<String, Object> content(String kind) {
		return "journey".equals(kind) ? journeyContent("kickoff", "setup") : Map.of("components", List.of("crm"));
	}

	/** The body of a directly created document, for {@code clientId} or unscoped when it is {@code null}. */
	private static Map<String, Object> direct(String kind, String clientId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "Matrix " + kind);
		body.put("definition", content(kind));
		if (clientId != null) {
			body.put("client_id", clientId);
		}
		return body;
	}

	/** The shared objects a list row must show to exactly the callers allowed to see them. */
	private List<Known> known(String path) {
		return switch (path) {
			case "/clients" -> List.of(new Known(this.clientA, this.clientA, "active"),
					new Known(this.clientB, this.clientB, "active"));
			case "/artifacts" -> Stream.of(Target.A, Target.B)
				.flatMap((owner) -> Stream.of(new Known(this.drafts.get(owner), clientId(owner), "draft"),
						new Known(this.inReview.get(owner), clientId(owner), "review")))
				.toList();
			case "/solutions" -> known(this.solutions, "active");
			case "/journeys" -> known(this.journeys, "active");
			case "/deployments" -> known(this.deployments, "requested");
			case "/executions" -> known(this.executions, "running");
			default -> throw new IllegalArgumentException("No known objects for " + path);
		};
	}

	private List<Known> known(Map<Target, String> ids, String status) {
		return ids.entrySet()
			.stream()
			.map((entry) -> new Known(entry.getValue(), clientId(entry.getKey()), status))
			.toList();
	}

	private Api as(Who who) {
		return this.callers.get(who);
	}

	private String clientId(Target target) {
		return switch (target) {
			case A -> this.clientA;
			case B -> this.clientB;
			case UNSCOPED, MISSING -> null;
		};
	}

	private Set<String> clientIds(Who who) {
		return who.clients.stream().map(this::clientId).collect(Collectors.toCollection(TreeSet::new));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull()) ? null : value.asString();
	}

	private static Set<String> fieldNames(Api.Reply reply) {
		return reply.json().properties().stream().map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
	}

	/** The objects each operation is tried on. */
	enum Target {

		A("A's"), B("B's"), UNSCOPED("unscoped"), MISSING("missing");

		private final String label;

		Target(String label) {
			this.label = label;
		}

	}

	/** The callers, in the order of the policy columns. */
	enum Who {

		ANONYMOUS("anonymous", null), ADMIN("admin", "ADMIN"), STAFF_A("staff of A", "STAFF", Target.A),
		STAFF_B("staff of B", "STAFF", Target.B), STAFF_AB("staff of A+B", "STAFF", Target.A, Target.B),
		CLIENT_A("client of A", "CLIENT", Target.A), CLIENT_B("client of B", "CLIENT", Target.B),
		CLIENT_AB("client of A+B", "CLIENT", Target.A, Target.B), CLIENT_NONE("client of none", "CLIENT");

		private final String label;

		private final String role;

		private final Set<Target> clients;

		Who(String label, String role, Target... clients) {
			this.label = label;
			this.role = role;
			this.clients = Set.of(clients);
		}

		/** Whether the object's client is among the caller's authorized clients (API.md, "Who is calling"). */
		boolean mayActFor(Target owner) {
			return this == ADMIN || this.clients.contains(owner);
		}

		boolean isOperator() {
			return this == ADMIN || "STAFF".equals(this.role);
		}

	}

	/** Which items of a list a caller may see (API.md). */
	enum Visibility {

		OWN("own"), OWN_NO_DRAFTS_FOR_CLIENT("own,no-drafts-for-CLIENT"), OWN_AND_UNSCOPED("own+unscoped"),
		OWN_AND_UNSCOPED_FOR_OPERATORS("own+unscoped-for-ADMIN/STAFF");

		private final String token;

		Visibility(String token) {
			this.token = token;
		}

		boolean allows(Who who, Set<String> clientIds, String clientId, String status) {
			if (who == Who.ADMIN) {
				return true;
			}
			boolean own = clientId != null && clientIds.contains(clientId);
			return switch (this) {
				case OWN -> own;
				case OWN_NO_DRAFTS_FOR_CLIENT -> own && (who.isOperator() || !"draft".equals(status));
				case OWN_AND_UNSCOPED -> own || clientId == null;
				case OWN_AND_UNSCOPED_FOR_OPERATORS -> own || (clientId == null && who.isOperator());
			};
		}

		static Visibility of(String token) {
			return Arrays.stream(values())
				.filter((visibility) -> visibility.token.equals(token))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown visibility '" + token + "'"));
		}

	}

	/** One cell of a policy table: a status and, for a refusal, its code; or not applicable. */
	record Expected(int status, String code) {

		static final Expected NOT_APPLICABLE = new Expected(0, null);

		static Expected of(String cell) {
			return switch (cell) {
				case "200" -> new Expected(200, null);
				case "201" -> new Expected(201, null);
				case "401" -> new Expected(401, "unauthenticated");
				case "403" -> new Expected(403, "forbidden");
				case "404" -> new Expected(404, "not_found");
				case "cna" -> new Expected(403, "client_not_authorized");
				case "cir" -> new Expected(400, "client_id_required");
				case "dup" -> new Expected(409, "client_exists");
				case "n/a" -> NOT_APPLICABLE;
				default -> throw new IllegalArgumentException("Unknown policy cell '" + cell + "'");
			};
		}

		boolean applies() {
			return this.status != 0;
		}

		boolean isRefusal() {
			return this.status >= 400;
		}

		@Override
		public String toString() {
			if (!applies()) {
				return "n/a";
			}
			return (this.code != null) ? this.status + " " + this.code : String.valueOf(this.status);
		}

	}

	/** A row of {@link #OBJECT_POLICY}. */
	record ObjectRow(String method, String path, String variant, Map<Who, Map<Target, Expected>> cells) {

		static List<ObjectRow> parse(String table) {
			return lines(table).map((tokens) -> {
				int at = 2;
				String variant = tokens.get(at).startsWith("(") ? tokens.get(at++) : "";
				List<String> cells = tokens.subList(at, tokens.size());
				assertThat(cells).as("cells of %s %s", tokens.get(0), tokens.get(1))
					.hasSize(Who.values().length * Target.values().length);
				Map<Who, Map<Target, Expected>> byCaller = new EnumMap<>(Who.class);
				for (Who who : Who.values()) {
					Map<Target, Expected> byTarget = new EnumMap<>(Target.class);
					for (Target target : Target.values()) {
						String cell = cells.get(who.ordinal() * Target.values().length + target.ordinal());
						byTarget.put(target, Expected.of(cell));
					}
					byCaller.put(who, byTarget);
				}
				return new ObjectRow(tokens.get(0), tokens.get(1), variant, byCaller);
			}).toList();
		}

		String operation() {
			return this.method + " " + API + this.path;
		}

		String name() {
			return this.method + " " + this.path + (this.variant.isEmpty() ? "" : " " + this.variant);
		}

		Expected expected(Who who, Target target) {
			return this.cells.get(who).get(target);
		}

		long applicableCells() {
			return this.cells.values()
				.stream()
				.flatMap((byTarget) -> byTarget.values().stream())
				.filter(Expected::applies)
				.count();
		}

		long foreignCells() {
			return Arrays.stream(Who.values())
				.mapToLong((who) -> Stream.of(Target.A, Target.B)
					.filter((target) -> !who.mayActFor(target) && expected(who, target).applies())
					.count())
				.sum();
		}

	}

	/** A row of {@link #LIST_POLICY}. */
	record ListRow(String method, String path, Map<Who, Expected> cells, Visibility visibility) {

		static List<ListRow> parse(String table) {
			return lines(table).map((tokens) -> {
				assertThat(tokens).as("cells of %s %s", tokens.get(0), tokens.get(1)).hasSize(Who.values().length + 3);
				Map<Who, Expected> cells = new EnumMap<>(Who.class);
				for (Who who : Who.values()) {
					cells.put(who, Expected.of(tokens.get(2 + who.ordinal())));
				}
				return new ListRow(tokens.get(0), tokens.get(1), cells, Visibility.of(tokens.get(tokens.size() - 1)));
			}).toList();
		}

		String operation() {
			return this.method + " " + API + this.path;
		}

		String name() {
			return this.method + " " + this.path;
		}

	}

	private static Stream<List<String>> lines(String table) {
		return table.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.map((line) -> List.of(line.split("\\s+")));
	}

	/** How a row's object is made (per cell where its state changes) and how the operation is called on it. */
	record Scenario(Subject subject, Call call, SuccessCheck check) {
	}

	@FunctionalInterface
	interface Subject {

		/** The id of the object of {@code target}. */
		String id(Target target);

	}

	@FunctionalInterface
	interface Call {

		Api.Reply send(Api caller, String id);

	}

	@FunctionalInterface
	interface SuccessCheck {

		void verify(Who who, Target target, String id, Api.Reply reply);

	}

	/** A shared object as a list shows it. */
	record Known(String id, String clientId, String status) {
	}

}
