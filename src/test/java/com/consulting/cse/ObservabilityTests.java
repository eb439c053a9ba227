package com.consulting.cse;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.consulting.cse.support.Api;
import com.consulting.cse.support.FlowTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators rely on: request ids on every response, open health probes, Prometheus metrics for ADMIN only
 * with bounded run and refusal counters, JSON log lines that carry the request, user and client, and CORS off
 * unless configured.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "app.store.embedded.file=target/test-store/observability-${random.uuid}.mv")
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTests extends FlowTestSupport {

	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void answersEveryRequestWithItsRequestId() {
		Api admin = admin();
		assertThat(admin.header("X-Request-Id", "trace-42.a_b:c").get("/api/v1/clients").header("X-Request-Id"))
			.isEqualTo("trace-42.a_b:c");
		assertThat(admin.get("/api/v1/clients").header("X-Request-Id")).matches(UUID);
		for (String malformed : List.of("has spaces", "x".repeat(129), "semi;colon", "quote\"d", "")) {
			assertThat(admin.header("X-Request-Id", malformed).get("/api/v1/clients").header("X-Request-Id"))
				.as(malformed)
				.matches(UUID);
		}
		assertThat(this.api.anonymous().get("/api/v1/clients").header("X-Request-Id")).as("401").matches(UUID);
		assertThat(admin.get("/api/v1/journeys/jrn_000000000000000000000000").header("X-Request-Id")).as("404")
			.matches(UUID);
		assertThat(admin.raw("POST", "/api/v1/clients", "{".getBytes(), "application/json").header("X-Request-Id"))
			.as("400")
			.matches(UUID);
		assertThat(this.api.anonymous().get("/actuator/health").header("X-Request-Id")).as("health").matches(UUID);
	}

	@Test
	void keepsHealthProbesOpen() {
		for (String probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
			Api.Reply reply = this.api.anonymous().get(probe);
			assertThat(reply.status()).as(probe).isEqualTo(200);
			assertThat(reply.field("status")).as(probe).isEqualTo("UP");
		}
	}

	@Test
	void countsRunsAndRefusalsForAdminsOnly() {
		String acme = newClient();
		String globex = newClient();
		String journey = journeyOf(acme);
		double recordedBefore = counter(prometheus(), "cse_runs_total", "code=\"none\",kind=\"execution\",outcome=\"recorded\"");
		double refusedBefore = counter(prometheus(), "cse_runs_total",
				"code=\"client_mismatch\",kind=\"execution\",outcome=\"refused\"");
		double problemsBefore = counter(prometheus(), "cse_problems_total", "code=\"client_mismatch\",status=\"403\"");

		created(clientUser(acme).post("/api/v1/journeys/" + journey + "/executions", Map.of()));
		refusedWithoutWrites(() -> staff(acme, globex).post("/api/v1/journeys/" + journey + "/executions",
				Map.of("client_id", globex)));

		String metrics = prometheus();
		assertThat(counter(metrics, "cse_runs_total", "code=\"none\",kind=\"execution\",outcome=\"recorded\""))
			.isEqualTo(recordedBefore + 1);
		assertThat(counter(metrics, "cse_runs_total", "code=\"client_mismatch\",kind=\"execution\",outcome=\"refused\""))
			.isEqualTo(refusedBefore + 1);
		assertThat(counter(metrics, "cse_problems_total", "code=\"client_mismatch\",status=\"403\""))
			.isEqualTo(problemsBefore + 1);
		assertThat(metrics).as("no tag carries a client or record id").doesNotContain(acme).doesNotContain(journey);

		assertThat(this.api.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(staff(acme).get("/actuator/prometheus").status()).isEqualTo(403);
	}

	@Test
	void logsRunsAsJsonWithRequestUserAndClient(CapturedOutput output) {
		String acme = newClient();
		String journey = journeyOf(acme);
		Api.Reply reply = caller("log-user", List.of("CLIENT"), acme).header("X-Request-Id", "log-check-1")
			.post("/api/v1/journeys/" + journey + "/executions", Map.of());
		String execution = created(reply);

		JsonNode line = output.getOut()
			.lines()
			.filter((text) -> text.startsWith("{") && text.contains(execution))
			.map(JSON::readTree)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no JSON log line names " + execution));
		assertThat(line.path("request_id").asString()).isEqualTo("log-check-1");
		assertThat(line.path("user_id").asString()).isEqualTo("log-user");
		assertThat(line.path("client_id").asString()).isEqualTo(acme);
		assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
	}

	@Test
	void answersNoCrossOriginRequestByDefault() {
		Api.Reply preflight = this.api.anonymous()
			.header("Origin", "https://app.example.com")
			.header("Access-Control-Request-Method", "POST")
			.raw("OPTIONS", "/api/v1/clients", null, null);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
		assertThat(admin().header("Origin", "https://app.example.com").get("/api/v1/clients")
			.header("Access-Control-Allow-Origin")).isNull();
	}

	private String prometheus() {
		Api.Reply reply = admin().get("/actuator/prometheus");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.text();
	}

	/** The value of the counter with exactly these tags (besides the application tag), 0 when absent. */
	private static double counter(String metrics, String name, String tags) {
		return metrics.lines()
			.filter((line) -> line.startsWith(name + "{") && line.contains(tags))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

}
