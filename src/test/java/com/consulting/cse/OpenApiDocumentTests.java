package com.consulting.cse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.consulting.cse.support.Api;
import com.consulting.cse.support.FlowTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed {@code openapi.json}, which clients are generated from and the linters check, is the document
 * the running service serves. After changing the API, rewrite it with
 * {@code ./mvnw test -Dtest=OpenApiDocumentTests -Dopenapi.write=true} (with {@code -Dcodegen.skip=true} when
 * the committed document is one the client generator refuses) and review the difference.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "app.store.embedded.file=target/test-store/openapi-${random.uuid}.mv")
class OpenApiDocumentTests extends FlowTestSupport {

	static final Path COMMITTED = Path.of("openapi.json");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Test
	void servesTheCommittedDocument() throws IOException {
		Api.Reply reply = this.api.anonymous().get("/v3/api-docs");
		assertThat(reply.status()).isEqualTo(200);
		JsonNode served = JSON.readTree(reply.text());
		String pretty = JSON.writeValueAsString(served) + "\n";
		if (Boolean.getBoolean("openapi.write")) {
			Files.writeString(COMMITTED, pretty, StandardCharsets.UTF_8);
		}
		assertThat(COMMITTED).as("the committed OpenAPI document").exists();
		JsonNode committed = JSON.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
		assertThat(served)
			.as("the service's OpenAPI document differs from %s; rewrite it with -Dopenapi.write=true and review the change",
					COMMITTED)
			.isEqualTo(committed);
	}

	@Test
	void describesEveryOperationForTools() throws IOException {
		JsonNode document = JSON.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
		List<String> operationIds = new ArrayList<>();
		document.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((entry) -> {
			String operation = entry.getKey().toUpperCase() + " " + path.getKey();
			JsonNode spec = entry.getValue();
			operationIds.add(spec.path("operationId").asString());
			assertThat(spec.path("operationId").asString()).as(operation).isNotBlank();
			assertThat(spec.path("summary").asString()).as(operation).isNotBlank();
			assertThat(spec.path("description").asString()).as(operation).isNotBlank();
			assertThat(spec.path("tags").size()).as(operation).isEqualTo(1);
			assertThat(path.getKey()).as("snake_case path parameters").doesNotContainPattern("\\{[a-z]+[A-Z]");
			if (spec.has("requestBody")) {
				assertThat(spec.path("requestBody").path("content").path("application/json").has("example"))
					.as(operation + " request example")
					.isTrue();
			}
			spec.path("responses").properties().forEach((response) -> {
				String status = response.getKey();
				JsonNode content = response.getValue().path("content");
				if (status.startsWith("2")) {
					assertThat(content.path("application/json").has("example")).as(operation + " " + status + " example")
						.isTrue();
				}
				else {
					assertThat(content.path("application/problem+json").path("schema").path("$ref").asString())
						.as(operation + " " + status)
						.isEqualTo("#/components/schemas/Problem");
				}
				assertThat(response.getValue().path("headers").has("X-Request-Id")).as(operation + " " + status).isTrue();
			});
			assertThat(spec.path("responses").properties().stream().map(Map.Entry::getKey))
				.as(operation + " error responses")
				.contains("400", "401", "403");
		}));
		assertThat(operationIds).doesNotHaveDuplicates().hasSize(27);
		assertThat(document.path("components").path("securitySchemes").properties().stream().map(Map.Entry::getKey))
			.containsExactlyInAnyOrder("bearerAuth", "basicAuth");
	}

}
