package com.consulting.cse;

import com.consulting.cse.support.Api;
import com.consulting.cse.support.FlowTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code app.cors.allowed-origins} set, browsers on those origins may call the API; others may not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.store.embedded.file=target/test-store/cors-${random.uuid}.mv",
				"app.cors.allowed-origins=https://app.example.com,https://*.consulting.example" })
class CorsTests extends FlowTestSupport {

	@Test
	void answersPreflightsFromAllowedOrigins() {
		for (String origin : new String[] { "https://app.example.com", "https://eu.consulting.example" }) {
			Api.Reply preflight = preflight(origin);
			assertThat(preflight.status()).as(origin).isEqualTo(200);
			assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(origin);
			assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization")
				.containsIgnoringCase("idempotency-key");
		}
		Api.Reply read = admin().header("Origin", "https://app.example.com").get("/api/v1/clients");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
		assertThat(read.header("Access-Control-Expose-Headers")).contains("X-Request-Id").contains("Location");
	}

	@Test
	void refusesOtherOrigins() {
		Api.Reply preflight = preflight("https://evil.example.net");
		assertThat(preflight.status()).isEqualTo(403);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
	}

	private Api.Reply preflight(String origin) {
		return this.api.anonymous()
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
			.raw("OPTIONS", "/api/v1/journeys/jrn_1/executions", null, null);
	}

}
