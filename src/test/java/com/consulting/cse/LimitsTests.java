package com.consulting.cse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.consulting.cse.content.JsonObjects;
import com.consulting.cse.support.Api;
import com.consulting.cse.support.FlowTestSupport;
import com.consulting.cse.support.RawHttp;
import com.consulting.cse.support.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each limit of the README's "Limits" table at its edge: a request exactly at the limit is accepted, one unit
 * over it is refused with the documented status, writing nothing. Large documents accepted here are removed
 * again, so that the shared store stays cheap to snapshot for the other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "app.store.embedded.file=target/test-store/flows-${random.uuid}.mv")
class LimitsTests extends FlowTestSupport {

	private static final int MAX_BODY = 1024 * 1024;

	private static final int MAX_CONTENT = 256 * 1024;

	private static final int MAX_CONTEXT = 64 * 1024;

	/** One character outside the Basic Multilingual Plane: two UTF-16 code units, four UTF-8 bytes. */
	private static final String EMOJI = "\ud83d\ude00";

	private static final AtomicInteger TRIED = new AtomicInteger();

	@TestFactory
	Stream<DynamicTest> enforcesEachDocumentedLimitAtItsEdge() {
		String client = newClient();
		Api admin = admin();
		Api staff = staff(client);
		Api user = clientUser(client);
		String solution = solutionOf(client);
		String journey = journeyOf(client);
		String draft = created(staff.post("/api/v1/artifacts",
				Map.of("kind", "solution", "title", "Draft", "client_id", client, "content", Map.of("a", 1))));
		String review = created(staff.post("/api/v1/artifacts",
				Map.of("kind", "solution", "title", "Review", "client_id", client, "content", Map.of("a", 1))));
		String otherReview = created(staff.post("/api/v1/artifacts",
				Map.of("kind", "solution", "title", "Review", "client_id", client, "content", Map.of("a", 1))));
		for (String id : List.of(review, otherReview)) {
			assertThat(staff.post("/api/v1/artifacts/" + id + "/share", null).status()).isEqualTo(200);
		}
		String deployment = created(user.post("/api/v1/solutions/" + solution + "/deployments", null));
		String otherDeployment = created(user.post("/api/v1/solutions/" + solution + "/deployments", null));
		String deploy = "/api/v1/solutions/" + solution + "/deployments";
		String execute = "/api/v1/journeys/" + journey + "/executions";
		String token = TestTokens.token("admin-" + shortId(), List.of("ADMIN"), List.of());
		List<DynamicTest> tests = new ArrayList<>();

		for (boolean chunked : List.of(false, true)) {
			String how = chunked ? " (chunked)" : " (Content-Length)";
			tests.addAll(limit("request body of 1 MB" + how, (size) -> {
				byte[] body = clientBody(size);
				return chunked ? RawHttp.chunked(this.port, "POST", "/api/v1/clients", "Bearer " + token, body, "application/json")
						: admin.raw("POST", "/api/v1/clients", body, "application/json");
			}, MAX_BODY, 413, "payload_too_large", null));
		}

		tests.addAll(limit("artifact content of 256 KiB",
				(size) -> staff.post("/api/v1/artifacts", artifact(client, "solution", "Big", padded(Map.of(), size))),
				MAX_CONTENT, 400, "validation_failed", "artifacts"));
		tests.addAll(limitCleaningUp("edited content of 256 KiB",
				(size) -> staff.patch("/api/v1/artifacts/" + draft, Map.of("content", padded(Map.of(), size))), MAX_CONTENT, 400,
				"validation_failed", (reply) -> staff.patch("/api/v1/artifacts/" + draft, Map.of("content", Map.of("a", 1)))));
		tests.addAll(limit("solution definition of 256 KiB",
				(size) -> staff.post("/api/v1/solutions", Map.of("name", "Big", "definition", padded(Map.of(), size))),
				MAX_CONTENT, 400, "validation_failed", "solutions"));
		tests.addAll(limit("journey definition of 256 KiB", (size) -> staff.post("/api/v1/journeys",
				Map.of("name", "Big", "definition", padded(journeyContent("one"), size))), MAX_CONTENT, 400,
				"validation_failed", "journeys"));
		tests.addAll(limit("deployment context of 64 KiB",
				(size) -> user.post(deploy, Map.of("context", padded(Map.of(), size))), MAX_CONTEXT, 400, "validation_failed",
				"deployments"));
		tests.addAll(limit("execution context of 64 KiB",
				(size) -> user.post(execute, Map.of("context", padded(Map.of(), size))), MAX_CONTEXT, 400, "validation_failed",
				"executions"));

		tests.addAll(limit("content nested 16 levels deep (objects; the content is level 1)",
				(levels) -> staff.post("/api/v1/artifacts", artifact(client, "solution", "Deep", nestedObjects(levels))), 16, 400,
				"validation_failed", "artifacts"));
		tests.addAll(limit("context nested 16 levels deep (objects; the context is level 1)",
				(levels) -> user.post(deploy, Map.of("context", nestedObjects(levels))), 16, 400, "validation_failed",
				"deployments"));
		tests.addAll(limit("context nested 16 levels deep (arrays inside the context)",
				(levels) -> user.post(execute, Map.of("context", Map.of("a", nestedArrays(levels - 1)))), 16, 400,
				"validation_failed", "executions"));
		tests.addAll(limit("content key of 128 characters",
				(length) -> staff.post("/api/v1/artifacts", artifact(client, "solution", "Keys", Map.of("k".repeat(length), 1))),
				JsonObjects.MAX_KEY_LENGTH, 400, "validation_failed", "artifacts"));
		tests.addAll(limit("context key of 128 characters",
				(length) -> user.post(execute, Map.of("context", Map.of("k".repeat(length), 1))), JsonObjects.MAX_KEY_LENGTH, 400,
				"validation_failed", "executions"));

		tests.addAll(limit("journey artifact of 200 steps",
				(count) -> staff.post("/api/v1/artifacts", artifact(client, "journey", "Steps", steps(count, "s", "Step"))), 200,
				400, "validation_failed", "artifacts"));
		tests.addAll(limit("journey definition of 200 steps",
				(count) -> staff.post("/api/v1/journeys", Map.of("name", "Steps", "definition", steps(count, "s", "Step"))), 200,
				400, "validation_failed", "journeys"));
		tests.addAll(limit("step key of 64 characters", (length) -> staff.post("/api/v1/journeys",
				Map.of("name", "Key", "definition", steps(1, "k".repeat(length - 1), "Step"))), 64, 400, "validation_failed",
				"journeys"));
		tests.addAll(limit("step name of 200 characters", (length) -> staff.post("/api/v1/journeys",
				Map.of("name", "Name", "definition", steps(1, "s", "n".repeat(length)))), 200, 400, "validation_failed",
				"journeys"));
		tests.addAll(limit("step name of 200 characters outside the BMP", (length) -> staff.post("/api/v1/journeys",
				Map.of("name", "Name", "definition", steps(1, "s", EMOJI.repeat(length)))), 200, 400, "validation_failed",
				"journeys"));

		tests.addAll(limit("artifact title of 200 characters",
				(length) -> staff.post("/api/v1/artifacts", artifact(client, "solution", "t".repeat(length), Map.of("a", 1))),
				200, 400, "validation_failed", "artifacts"));
		tests.addAll(limit("artifact title of 200 characters outside the BMP",
				(length) -> staff.post("/api/v1/artifacts", artifact(client, "solution", EMOJI.repeat(length), Map.of())),
				200, 400, "validation_failed", "artifacts"));
		tests.addAll(limit("edited title of 200 characters",
				(length) -> staff.patch("/api/v1/artifacts/" + draft, Map.of("title", "t".repeat(length))), 200, 400,
				"validation_failed", null));
		tests.addAll(limit("client name of 200 characters",
				(length) -> admin.post("/api/v1/clients", Map.of("client_id", "n-" + shortId(), "name", "n".repeat(length))), 200,
				400, "validation_failed", null));
		tests.addAll(limit("client rename of 200 characters",
				(length) -> admin.patch("/api/v1/clients/" + client, Map.of("name", "n".repeat(length))), 200, 400,
				"validation_failed", null));
		tests.addAll(limit("solution name of 200 characters",
				(length) -> staff.post("/api/v1/solutions", Map.of("name", "n".repeat(length), "definition", Map.of("a", 1))), 200,
				400, "validation_failed", "solutions"));
		tests.addAll(limit("journey name of 200 characters", (length) -> staff.post("/api/v1/journeys",
				Map.of("name", "n".repeat(length), "definition", journeyContent("one"))), 200, 400, "validation_failed",
				"journeys"));
		tests.addAll(limit("client id of 63 characters",
				(length) -> admin.post("/api/v1/clients", Map.of("client_id", shortId() + "c".repeat(length - 8), "name", "Long")),
				63, 400, "validation_failed", null));

		tests.addAll(limit("comment of 2000 characters",
				(length) -> user.post("/api/v1/artifacts/" + review + "/request-changes", Map.of("comment", "c".repeat(length))),
				2000, 400, "validation_failed", null));
		tests.addAll(limit("comment of 2000 characters outside the BMP", (length) -> user
			.post("/api/v1/artifacts/" + otherReview + "/request-changes", Map.of("comment", EMOJI.repeat(length))), 2000, 400,
				"validation_failed", null));
		tests.addAll(limit("outcome detail of 2000 characters", (length) -> staff
			.post("/api/v1/deployments/" + deployment + "/outcome", Map.of("status", "succeeded", "detail", "d".repeat(length))),
				2000, 400, "validation_failed", null));
		tests.addAll(limit("outcome detail of 2000 characters outside the BMP", (length) -> staff.post(
				"/api/v1/deployments/" + otherDeployment + "/outcome", Map.of("status", "failed", "detail", EMOJI.repeat(length))),
				2000, 400, "validation_failed", null));
		tests.addAll(limit("Idempotency-Key of 255 characters",
				(length) -> user.header("Idempotency-Key", "k".repeat(length)).post(deploy, null), 255, 400, "validation_failed",
				"deployments"));

		for (String list : List.of("clients", "artifacts", "artifacts/" + draft + "/events", "solutions", "journeys",
				"deployments", "executions")) {
			tests.addAll(limit("page size of 100 on /" + list.replace(draft, "{id}"),
					(size) -> staff.get("/api/v1/" + list + "?size=" + size), 100, 400, "validation_failed", null));
		}
		return tests.stream();
	}

	@AfterAll
	static void reportHowManyLimitCasesWereTried() {
		System.out.printf("LimitsTests: %d limit cases tried%n", TRIED.get());
	}

	/**
	 * Two cases: {@code request} one unit over {@code limit} is refused with {@code status} and {@code code} and
	 * writes nothing; then, exactly at {@code limit}, it is accepted (and a document it creates in
	 * {@code collection} removed again).
	 */
	private List<DynamicTest> limit(String name, Function<Integer, Api.Reply> request, int limit, int status, String code,
			String collection) {
		return limitCleaningUp(name, request, limit, status, code, (reply) -> {
			if (collection != null) {
				this.mongo.getCollection(collection).deleteOne(new Document("_id", reply.id()));
			}
		});
	}

	private List<DynamicTest> limitCleaningUp(String name, Function<Integer, Api.Reply> request, int limit, int status,
			String code, Consumer<Api.Reply> cleanUp) {
		return List.of(DynamicTest.dynamicTest(name + ": " + (limit + 1) + " is refused", () -> {
			TRIED.incrementAndGet();
			Api.Reply reply = refusedWithoutWrites(() -> request.apply(limit + 1));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
			assertThat(reply.code()).as(reply.toString()).isEqualTo(code);
		}), DynamicTest.dynamicTest(name + ": " + limit + " is accepted", () -> {
			TRIED.incrementAndGet();
			Api.Reply reply = request.apply(limit);
			assertThat(reply.status()).as(abbreviate(reply)).isBetween(200, 201);
			cleanUp.accept(reply);
		}));
	}

	/** A client to create, padded with white space inside the object to exactly {@code size} bytes. */
	private static byte[] clientBody(int size) {
		byte[] start = ("{\"client_id\":\"b-" + shortId() + "\",\"name\":\"Big body\"").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[size];
		Arrays.fill(body, (byte) ' ');
		System.arraycopy(start, 0, body, 0, start.length);
		body[size - 1] = '}';
		return body;
	}

	/** {@code object} with a {@code pad} text making its canonical JSON exactly {@code size} bytes. */
	private static Map<String, Object> padded(Map<String, Object> object, int size) {
		Map<String, Object> padded = new LinkedHashMap<>(object);
		padded.put("pad", "");
		padded.put("pad", "p".repeat(size - JsonObjects.canonicalBytes(padded).length));
		assertThat(JsonObjects.canonicalBytes(padded)).hasSize(size);
		return padded;
	}

	private static Map<String, Object> nestedObjects(int levels) {
		Map<String, Object> object = Map.of("leaf", 1);
		for (int level = 1; level < levels; level++) {
			object = Map.of("a", object);
		}
		return object;
	}

	private static List<Object> nestedArrays(int levels) {
		List<Object> array = List.of(1);
		for (int level = 1; level < levels; level++) {
			array = List.of(array);
		}
		return array;
	}

	private static Map<String, Object> steps(int count, String keyPrefix, String namePrefix) {
		List<Map<String, String>> steps = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			steps.add(Map.of("key", keyPrefix + i, "name", (count == 1) ? namePrefix : namePrefix + " " + i));
		}
		return Map.of("steps", steps);
	}

	private static Map<String, Object> artifact(String client, String kind, String title, Map<String, Object> content) {
		return Map.of("kind", kind, "title", title, "client_id", client, "content", content);
	}

	private static String abbreviate(Api.Reply reply) {
		String text = reply.toString();
		return (text.length() > 300) ? text.substring(0, 300) + "..." : text;
	}

}
