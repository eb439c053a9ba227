package com.consulting.cse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.web.ErrorCode;
import com.consulting.cse.web.RequestIdFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The OpenAPI document: snake_case schemas, both security schemes, and the problem document on every error
 * response an operation can give.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String PROBLEM = "Problem";

	private static final String EXAMPLES = "openapi/examples.json";

	private static final String JSON = "application/json";

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
	}

	@Bean
	OpenAPI openApi() {
		return new OpenAPI()
			.info(new Info().title("Client-scoped execution API")
				.version("v1")
				.contact(new Contact().name("Client-scoped execution maintainers"))
				.license(new License().name("Proprietary").identifier("LicenseRef-Proprietary"))
				.description("Design artifacts for a client, approve them, convert them into solutions and journeys, "
						+ "and deploy or execute those for exactly the client they belong to."))
			.addServersItem(new Server().url("/").description("This service"))
			.components(new Components()
				.addSecuritySchemes("bearerAuth",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"))
				.addSecuritySchemes("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSchemas(PROBLEM, problemSchema()))
			.addSecurityItem(new SecurityRequirement().addList("bearerAuth"))
			.addSecurityItem(new SecurityRequirement().addList("basicAuth"));
	}

	/**
	 * JSON objects of any content ({@code context}, {@code content}, {@code definition}, {@code metadata}):
	 * their values are any JSON value, not only objects as the default mapping of {@code Map<String, Object>}
	 * says.
	 */
	@Bean
	OpenApiCustomizer anyJsonValues() {
		return (openApi) -> openApi.getComponents().getSchemas().values().forEach((schema) -> {
			Map<String, Schema> properties = schema.getProperties();
			if (properties != null) {
				properties.values().stream().filter(OpenApiConfiguration::isMapOfObjects)
					.forEach((property) -> property.setAdditionalProperties(Boolean.TRUE));
			}
		});
	}

	private static boolean isMapOfObjects(Schema<?> schema) {
		return schema.getAdditionalProperties() instanceof Schema<?> values && "object".equals(typeOf(values))
				&& values.getProperties() == null && values.get$ref() == null;
	}

	private static String typeOf(Schema<?> schema) {
		if (schema.getType() != null) {
			return schema.getType();
		}
		return (schema.getTypes() != null && schema.getTypes().size() == 1) ? schema.getTypes().iterator().next() : null;
	}

	/** Schemas named as the JSON is: snake_case. */
	@Bean
	ModelResolver snakeCaseModelResolver() {
		return new ModelResolver(Json31.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
	}

	/**
	 * Each operation's request and response examples, from {@value #EXAMPLES} (keyed by operation id), and the
	 * success response as {@code application/json}.
	 */
	@Bean
	OperationCustomizer examples() throws IOException {
		JsonNode examples;
		try (InputStream in = new ClassPathResource(EXAMPLES).getInputStream()) {
			examples = Json31.mapper().readTree(in);
		}
		return (operation, handlerMethod) -> {
			JsonNode example = examples.path(operation.getOperationId());
			if (operation.getRequestBody() != null && example.has("request")) {
				MediaType json = operation.getRequestBody().getContent().get(JSON);
				if (json != null) {
					json.setExample(example.get("request"));
				}
			}
			operation.getResponses().forEach((status, response) -> {
				if (status.startsWith("2") && response.getContent() != null) {
					MediaType body = response.getContent().remove("*/*");
					if (body != null) {
						response.getContent().addMediaType(JSON, body);
					}
					MediaType json = response.getContent().get(JSON);
					if (json != null && example.has("response")) {
						json.setExample(example.get("response"));
					}
				}
			});
			return operation;
		};
	}

	@Bean
	OperationCustomizer problemResponses() {
		return (operation, handlerMethod) -> {
			ApiResponses responses = operation.getResponses();
			responses.computeIfPresent("201", (status, created) -> created.addHeaderObject("Location",
					new Header().description("The URI of the created resource").schema(new StringSchema())));
			boolean hasBody = operation.getRequestBody() != null;
			boolean hasPathId = parameters(operation).stream().anyMatch((parameter) -> "path".equals(parameter.getIn()));
			boolean changes = !handlerMethod.hasMethodAnnotation(GetMapping.class);
			problem(responses, "400", "The request is malformed or not valid", ErrorCode.VALIDATION_FAILED,
					ErrorCode.MALFORMED_REQUEST, ErrorCode.CLIENT_ID_CONFLICT, ErrorCode.CLIENT_ID_REQUIRED);
			problem(responses, "401", "Authentication is missing or invalid", ErrorCode.UNAUTHENTICATED);
			problem(responses, "403", "The caller's role or clients do not allow this", ErrorCode.FORBIDDEN,
					ErrorCode.CLIENT_NOT_AUTHORIZED, ErrorCode.CLIENT_MISMATCH);
			if (hasPathId) {
				problem(responses, "404", "No such resource, or not one of the caller's clients", ErrorCode.NOT_FOUND);
			}
			if (changes) {
				problem(responses, "409", "The resource is not in a state that allows this", ErrorCode.CLIENT_EXISTS,
						ErrorCode.INVALID_STATE, ErrorCode.CLIENT_SUSPENDED, ErrorCode.REQUEST_IN_PROGRESS);
			}
			if (hasHeader(operation, "If-Match")) {
				problem(responses, "412", "If-Match does not name the current version", ErrorCode.PRECONDITION_FAILED);
			}
			if (hasBody) {
				problem(responses, "413", "The request body is too large", ErrorCode.PAYLOAD_TOO_LARGE);
				problem(responses, "415", "The request body is not JSON", ErrorCode.UNSUPPORTED_MEDIA_TYPE);
			}
			if (hasHeader(operation, "Idempotency-Key")) {
				problem(responses, "422", "The Idempotency-Key was used with another body", ErrorCode.IDEMPOTENCY_KEY_REUSED);
			}
			responses.values()
				.forEach((response) -> response.addHeaderObject(RequestIdFilter.HEADER, new Header()
					.description("The request's id: the caller's X-Request-Id when well-formed, else a new one")
					.schema(new StringSchema())));
			return operation;
		};
	}

	private static List<Parameter> parameters(Operation operation) {
		return (operation.getParameters() != null) ? operation.getParameters() : List.of();
	}

	private static boolean hasHeader(Operation operation, String name) {
		return parameters(operation).stream().anyMatch((parameter) -> "header".equals(parameter.getIn()) && name.equals(parameter.getName()));
	}

	private static void problem(ApiResponses responses, String status, String description, ErrorCode... codes) {
		String list = String.join(", ", Arrays.stream(codes).map(ErrorCode::code).toList());
		responses.addApiResponse(status, new ApiResponse().description(description + " (code: " + list + ")")
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
						.example(problemExample(codes[0], description)))));
	}

	/** A problem document as the service writes it, for the first code a response can carry. */
	private static Map<String, Object> problemExample(ErrorCode code, String detail) {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("type", code.type().toString());
		example.put("title", code.title());
		example.put("status", code.status().value());
		example.put("detail", detail);
		example.put("code", code.code());
		if (code == ErrorCode.VALIDATION_FAILED) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("field", "name");
			error.put("message", "must not be blank");
			example.put("errors", List.of(error));
		}
		return example;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> problemSchema() {
		Schema fieldError = new ObjectSchema().addProperty("field", new StringSchema().description("snake_case path of the field"))
			.addProperty("message", new StringSchema());
		Schema code = new StringSchema().description("Stable, machine-readable error code");
		Arrays.stream(ErrorCode.values()).map(ErrorCode::code).forEach(code::addEnumItemObject);
		return new ObjectSchema().description("An RFC 9457 problem document")
			.addProperty("type", new StringSchema().format("uri-reference").example("urn:problem:client_mismatch"))
			.addProperty("title", new StringSchema().example("Client mismatch"))
			.addProperty("status", new IntegerSchema().example(403))
			.addProperty("detail", new StringSchema().example("The requested client 'globex' cannot run this document"))
			.addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/journeys/jrn_1/executions"))
			.addProperty("code", code)
			.addProperty("errors", new ArraySchema().items(fieldError).description("Present on validation_failed"))
			.required(List.of("type", "title", "status", "code"));
	}

}
