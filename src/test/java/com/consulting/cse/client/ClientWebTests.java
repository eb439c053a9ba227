package com.consulting.cse.client;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.caller.Role;
import com.consulting.cse.caller.WebSecurityTestConfiguration;
import com.consulting.cse.web.ApiException;
import com.consulting.cse.web.ErrorCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.consulting.cse.web.ProblemResponses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The clients API over HTTP Basic: who may call it, and how every refusal reads (API.md).
 */
@WebMvcTest(controllers = ClientController.class,
		properties = { "app.security.users[0].username=admin", "app.security.users[0].password={noop}admin-pw",
				"app.security.users[0].roles=ADMIN", "app.security.users[1].username=staff",
				"app.security.users[1].password={noop}staff-pw", "app.security.users[1].roles=STAFF",
				"app.security.users[1].client-ids=acme" })
@Import(WebSecurityTestConfiguration.class)
class ClientWebTests {

	private static final String CLIENTS = "/api/v1/clients";

	private static final String VALID_BODY = """
			{"client_id": "acme", "name": "Acme"}""";

	private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05Z");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ClientDirectory clients;

	@Test
	void createsClientAsAdmin() {
		given(this.clients.create(new CreateClientRequest("acme", "Acme"))).willReturn(acme());

		MvcTestResult result = this.mvc.post().uri(CLIENTS).with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(VALID_BODY).exchange();

		assertThat(result).hasStatus(HttpStatus.CREATED)
			.hasHeader("Location", "http://localhost/api/v1/clients/acme")
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.client_id").isEqualTo("acme");
		assertThat(result).bodyJson().extractingPath("$.created_at").isEqualTo("2026-01-02T03:04:05Z");
		verify(this.clients).create(new CreateClientRequest("acme", "Acme"));
	}

	@Test
	void listsClientsForTheConfiguredStaffUserWithItsClients() {
		PageRequest page = PageRequest.of(1, 5);
		Caller staff = new Caller("staff", Set.of(Role.STAFF), Set.of("acme"));
		given(this.clients.list(staff, ClientStatus.ACTIVE, page)).willReturn(new PageImpl<>(List.of(acme()), page, 6));

		MvcTestResult result = this.mvc.get().uri(CLIENTS + "?status=active&page=1&size=5").with(staff()).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.content[0].client_id").isEqualTo("acme");
		assertThat(result).bodyJson().extractingPath("$.page.total_elements").isEqualTo(6);
		assertThat(result).bodyJson().extractingPath("$.page.total_pages").isEqualTo(2);
		verify(this.clients).list(staff, ClientStatus.ACTIVE, page);
	}

	@Test
	void refusesAnonymousCallerWithChallenge() {
		MvcTestResult result = this.mvc.get().uri(CLIENTS).exchange();

		assertProblem(result, ErrorCode.UNAUTHENTICATED, CLIENTS);
		assertThat(result.getResponse().getHeaders("WWW-Authenticate"))
			.anySatisfy((challenge) -> assertThat(challenge).startsWith("Basic realm="));
		verifyNoInteractions(this.clients);
	}

	@Test
	void refusesWrongPassword() {
		MvcTestResult result = this.mvc.post().uri(CLIENTS).with(httpBasic("admin", "not-the-password"))
			.contentType(MediaType.APPLICATION_JSON).content(VALID_BODY).exchange();

		assertProblem(result, ErrorCode.UNAUTHENTICATED, CLIENTS);
		assertThat(result).containsHeader("WWW-Authenticate");
		verifyNoInteractions(this.clients);
	}

	@Test
	void refusesUnknownUser() {
		MvcTestResult result = this.mvc.get().uri(CLIENTS).with(httpBasic("nobody", "admin-pw")).exchange();

		assertProblem(result, ErrorCode.UNAUTHENTICATED, CLIENTS);
		verifyNoInteractions(this.clients);
	}

	@Test
	void forbidsStaffToCreateClient() {
		MvcTestResult result = this.mvc.post().uri(CLIENTS).with(staff()).contentType(MediaType.APPLICATION_JSON)
			.content(VALID_BODY).exchange();

		assertProblem(result, ErrorCode.FORBIDDEN, CLIENTS);
		verifyNoInteractions(this.clients);
	}

	@Test
	void forbidsStaffToSuspendClient() {
		MvcTestResult result = this.mvc.patch().uri(CLIENTS + "/acme").with(staff())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"status": "suspended"}""").exchange();

		assertProblem(result, ErrorCode.FORBIDDEN, CLIENTS + "/acme");
		verifyNoInteractions(this.clients);
	}

	@Test
	void rejectsClientIdOutsideThePattern() {
		MvcTestResult result = postAsAdmin("""
				{"client_id": "Acme Corp!", "name": "Acme"}""");

		assertProblem(result, ErrorCode.VALIDATION_FAILED, CLIENTS);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("client_id");
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().isNotBlank();
		verifyNoInteractions(this.clients);
	}

	@Test
	void rejectsMissingName() {
		MvcTestResult result = postAsAdmin("""
				{"client_id": "acme"}""");

		assertProblem(result, ErrorCode.VALIDATION_FAILED, CLIENTS);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
		verifyNoInteractions(this.clients);
	}

	@Test
	void rejectsUnknownFieldNamingIt() {
		MvcTestResult result = postAsAdmin("""
				{"client_id": "acme", "name": "Acme", "owner": "mallory"}""");

		assertProblem(result, ErrorCode.VALIDATION_FAILED, CLIENTS);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("owner");
		verifyNoInteractions(this.clients);
	}

	@Test
	void rejectsMalformedJson() {
		MvcTestResult result = postAsAdmin("""
				{"client_id": "acme", "name": """);

		assertProblem(result, ErrorCode.MALFORMED_REQUEST, CLIENTS);
		assertThat(result).bodyText().doesNotContain("Jackson", "Exception", "line:", "column:");
		verifyNoInteractions(this.clients);
	}

	@Test
	void rejectsEmptyBody() {
		MvcTestResult result = postAsAdmin("");

		assertProblem(result, ErrorCode.MALFORMED_REQUEST, CLIENTS);
		verifyNoInteractions(this.clients);
	}

	@Test
	void rejectsQueryOperatorObjectInPlaceOfClientId() {
		MvcTestResult result = postAsAdmin("""
				{"client_id": {"$ne": null}, "name": "Acme"}""");

		assertProblem(result, ErrorCode.VALIDATION_FAILED, CLIENTS);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("client_id");
		verifyNoInteractions(this.clients);
	}

	@Test
	void rejectsBodyThatIsNotJson() {
		MvcTestResult result = this.mvc.post().uri(CLIENTS).with(admin()).contentType(MediaType.TEXT_PLAIN)
			.content("client_id=acme").exchange();

		assertProblem(result, ErrorCode.UNSUPPORTED_MEDIA_TYPE, CLIENTS);
		verifyNoInteractions(this.clients);
	}

	@Test
	void rejectsUnsupportedMethod() {
		MvcTestResult result = this.mvc.delete().uri(CLIENTS + "/acme").with(admin()).exchange();

		assertProblem(result, ErrorCode.METHOD_NOT_ALLOWED, CLIENTS + "/acme");
		assertThat(result.getResponse().getHeader("Allow")).contains("GET", "PATCH");
		verifyNoInteractions(this.clients);
	}

	@Test
	void answersUnknownPathWithNotFound() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/clientz").with(admin()).exchange();

		assertProblem(result, ErrorCode.NOT_FOUND, "/api/v1/clientz");
		verifyNoInteractions(this.clients);
	}

	@Test
	void rejectsQueryParameterTheOperationDoesNotDeclare() {
		MvcTestResult result = this.mvc.get().uri(URI.create(CLIENTS + "?client_id%5B%24ne%5D=x")).with(admin())
			.exchange();

		assertProblem(result, ErrorCode.VALIDATION_FAILED, CLIENTS);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("client_id[$ne]");
		verifyNoInteractions(this.clients);
	}

	@Test
	void rejectsMisspeltFilter() {
		MvcTestResult result = this.mvc.get().uri(CLIENTS + "?stauts=active").with(admin()).exchange();

		assertProblem(result, ErrorCode.VALIDATION_FAILED, CLIENTS);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("stauts");
		verifyNoInteractions(this.clients);
	}

	@Test
	void rejectsPageSizeOfZero() {
		MvcTestResult result = this.mvc.get().uri(CLIENTS + "?size=0").with(admin()).exchange();

		assertProblem(result, ErrorCode.VALIDATION_FAILED, CLIENTS);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
		verifyNoInteractions(this.clients);
	}

	@Test
	void rejectsPageSizeOverHundred() {
		MvcTestResult result = this.mvc.get().uri(CLIENTS + "?size=101").with(admin()).exchange();

		assertProblem(result, ErrorCode.VALIDATION_FAILED, CLIENTS);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
		verifyNoInteractions(this.clients);
	}

	@Test
	void rejectsNonNumericPageSize() {
		MvcTestResult result = this.mvc.get().uri(CLIENTS + "?size=lots").with(admin()).exchange();

		assertProblem(result, ErrorCode.VALIDATION_FAILED, CLIENTS);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
		verifyNoInteractions(this.clients);
	}

	@Test
	void rejectsUnknownStatusFilter() {
		MvcTestResult result = this.mvc.get().uri(CLIENTS + "?status=retired").with(admin()).exchange();

		assertProblem(result, ErrorCode.VALIDATION_FAILED, CLIENTS);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("status");
		verifyNoInteractions(this.clients);
	}

	@Test
	void answersExistingClientWithConflict() {
		given(this.clients.create(any()))
			.willThrow(new ApiException(ErrorCode.CLIENT_EXISTS, "Client 'acme' already exists"));

		MvcTestResult result = postAsAdmin(VALID_BODY);

		assertProblem(result, ErrorCode.CLIENT_EXISTS, CLIENTS);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Client 'acme' already exists");
	}

	@Test
	void answersUnexpectedFailureWithoutLeakingIt() {
		given(this.clients.create(any()))
			.willThrow(new RuntimeException("mongodb://svc:s3cret@db-7.internal connection pool exhausted"));

		MvcTestResult result = postAsAdmin(VALID_BODY);

		assertProblem(result, ErrorCode.INTERNAL_ERROR, CLIENTS);
		assertThat(result).bodyText()
			.doesNotContain("RuntimeException", "Exception", "at com.", "s3cret", "db-7.internal", "mongodb://");
	}

	private MvcTestResult postAsAdmin(String body) {
		return this.mvc.post().uri(CLIENTS).with(admin()).contentType(MediaType.APPLICATION_JSON).content(body)
			.exchange();
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", "admin-pw");
	}

	private static RequestPostProcessor staff() {
		return httpBasic("staff", "staff-pw");
	}

	private static ClientView acme() {
		return new ClientView("acme", "Acme", ClientStatus.ACTIVE, CREATED, CREATED);
	}

}
