package com.consulting.cse.client;

import java.time.Instant;
import java.util.List;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.caller.Role;
import com.consulting.cse.caller.WebSecurityTestConfiguration;
import com.consulting.cse.web.ErrorCode;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.consulting.cse.web.ProblemResponses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * The {@link Caller} a controller receives for a bearer JWT: user id from {@code sub}, roles from the
 * {@code roles} claim, and only the well-formed ids of the {@code client_ids} claim.
 */
@WebMvcTest(ClientController.class)
@Import(WebSecurityTestConfiguration.class)
class CallerResolutionWebTests {

	private static final String ACME = "/api/v1/clients/acme";

	private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ClientDirectory clients;

	@MockitoBean
	private JwtDecoder jwtDecoder;

	@Test
	void takesCallerFromTokenKeepingOnlyWellFormedClientIds() {
		given(this.clients.get(any(), eq("acme"))).willReturn(acme());

		MvcTestResult result = this.mvc.get()
			.uri(ACME)
			.with(jwt().jwt((token) -> token.subject("user-42")
				.claim("roles", List.of("STAFF"))
				.claim("client_ids", List.of("acme", "BAD ID!", "ACME", "a", "", "$ne", "x".repeat(64), "globex")))
				.authorities(new SimpleGrantedAuthority("ROLE_STAFF")))
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.client_id").isEqualTo("acme");
		Caller caller = callerOfGet("acme");
		assertThat(caller.userId()).isEqualTo("user-42");
		assertThat(caller.roles()).containsExactly(Role.STAFF);
		assertThat(caller.clientIds()).containsExactlyInAnyOrder("acme", "globex");
	}

	@Test
	void takesEveryKnownRoleAndNoClientsWhenTheClaimIsAbsent() {
		given(this.clients.get(any(), eq("acme"))).willReturn(acme());

		MvcTestResult result = this.mvc.get()
			.uri(ACME)
			.with(jwt().jwt((token) -> token.subject("admin-1"))
				.authorities(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_STAFF"),
						new SimpleGrantedAuthority("SCOPE_read")))
			.exchange();

		assertThat(result).hasStatusOk();
		Caller caller = callerOfGet("acme");
		assertThat(caller.userId()).isEqualTo("admin-1");
		assertThat(caller.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.STAFF);
		assertThat(caller.clientIds()).isEmpty();
	}

	@Test
	void mapsRolesClaimOfADecodedBearerTokenToRoles() {
		given(this.jwtDecoder.decode("good-token")).willReturn(token("good-token", List.of("CLIENT", "ROOT"),
				List.of("acme", "Globex Inc")));
		given(this.clients.get(any(), eq("acme"))).willReturn(acme());

		MvcTestResult result = this.mvc.get()
			.uri(ACME)
			.header(HttpHeaders.AUTHORIZATION, "Bearer good-token")
			.exchange();

		assertThat(result).hasStatusOk();
		Caller caller = callerOfGet("acme");
		assertThat(caller.userId()).isEqualTo("user-7");
		assertThat(caller.roles()).containsExactly(Role.CLIENT);
		assertThat(caller.clientIds()).containsExactly("acme");
	}

	@Test
	void refusesInvalidBearerToken() {
		given(this.jwtDecoder.decode("forged")).willThrow(new BadJwtException("signature mismatch"));

		MvcTestResult result = this.mvc.get().uri(ACME).header(HttpHeaders.AUTHORIZATION, "Bearer forged").exchange();

		assertProblem(result, ErrorCode.UNAUTHENTICATED, ACME);
		assertThat(result.getResponse().getHeaders(HttpHeaders.WWW_AUTHENTICATE))
			.anySatisfy((challenge) -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
		assertThat(result).bodyText().doesNotContain("signature mismatch", "Exception");
		verifyNoInteractions(this.clients);
	}

	@Test
	void forbidsTokenWithoutRoles() {
		given(this.jwtDecoder.decode("no-roles")).willReturn(token("no-roles", List.of(), List.of("acme")));

		MvcTestResult result = this.mvc.get().uri(ACME).header(HttpHeaders.AUTHORIZATION, "Bearer no-roles").exchange();

		assertProblem(result, ErrorCode.FORBIDDEN, ACME);
		verifyNoInteractions(this.clients);
	}

	@Test
	void forbidsClientTokenToCreateClient() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/clients")
			.with(jwt().jwt((token) -> token.subject("user-7").claim("client_ids", List.of("acme")))
				.authorities(new SimpleGrantedAuthority("ROLE_CLIENT")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"client_id": "initech", "name": "Initech"}""")
			.exchange();

		assertProblem(result, ErrorCode.FORBIDDEN, "/api/v1/clients");
		verifyNoInteractions(this.clients);
	}

	private Caller callerOfGet(String clientId) {
		ArgumentCaptor<Caller> caller = ArgumentCaptor.forClass(Caller.class);
		verify(this.clients).get(caller.capture(), eq(clientId));
		return caller.getValue();
	}

	private static Jwt token(String value, List<String> roles, List<String> clientIds) {
		return Jwt.withTokenValue(value)
			.header("alg", "RS256")
			.subject("user-7")
			.claim("roles", roles)
			.claim("client_ids", clientIds)
			.issuedAt(NOW)
			.expiresAt(NOW.plusSeconds(600))
			.build();
	}

	private static ClientView acme() {
		return new ClientView("acme", "Acme", ClientStatus.ACTIVE, NOW, NOW);
	}

}
