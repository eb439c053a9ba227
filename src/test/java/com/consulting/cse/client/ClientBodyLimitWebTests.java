package com.consulting.cse.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.consulting.cse.caller.WebSecurityTestConfiguration;
import com.consulting.cse.web.ErrorCode;
import com.consulting.cse.web.UnknownBodyLengthFilter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.consulting.cse.web.ProblemResponses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Bodies over {@code app.limits.max-body-size} are refused with 413 before any feature sees them, whether
 * their size is declared up front or only discovered while reading.
 */
@WebMvcTest(controllers = ClientController.class,
		properties = { "app.limits.max-body-size=1KB", "app.security.users[0].username=admin",
				"app.security.users[0].password={noop}admin-pw", "app.security.users[0].roles=ADMIN" })
@Import({ WebSecurityTestConfiguration.class, UnknownBodyLengthFilter.class })
class ClientBodyLimitWebTests {

	private static final String CLIENTS = "/api/v1/clients";

	private static final int LIMIT = 1024;

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ClientDirectory clients;

	@Test
	void acceptsBodyOfExactlyTheLimit() {
		Instant now = Instant.parse("2026-01-02T03:04:05Z");
		given(this.clients.create(any())).willReturn(new ClientView("acme", "Acme", ClientStatus.ACTIVE, now, now));

		MvcTestResult result = post(bodyOf(LIMIT)).exchange();

		assertThat(result).hasStatus(HttpStatus.CREATED);
		verify(this.clients).create(new CreateClientRequest("acme", "Acme"));
	}

	@Test
	void refusesDeclaredBodyOverTheLimit() {
		MvcTestResult result = post(bodyOf(LIMIT + 1)).exchange();

		assertProblem(result, ErrorCode.PAYLOAD_TOO_LARGE, CLIENTS);
		assertThat(result).hasHeader("Connection", "close");
		assertThat(result.getMvcResult().getResolvedException()).as("refused before dispatch").isNull();
		verifyNoInteractions(this.clients);
	}

	@Test
	void refusesOversizedBodyBeforeAuthenticating() {
		MvcTestResult result = this.mvc.post()
			.uri(CLIENTS)
			.contentType(MediaType.APPLICATION_JSON)
			.content(bodyOf(4 * LIMIT))
			.exchange();

		assertProblem(result, ErrorCode.PAYLOAD_TOO_LARGE, CLIENTS);
		verifyNoInteractions(this.clients);
	}

	@Test
	void refusesBodyOfUnknownLengthOnceItPassesTheLimit() {
		MvcTestResult result = post(bodyOf(4 * LIMIT)).header(UnknownBodyLengthFilter.HEADER, "yes").exchange();

		assertProblem(result, ErrorCode.PAYLOAD_TOO_LARGE, CLIENTS);
		assertThat(result.getMvcResult().getResolvedException()).as("refused while reading the body")
			.isInstanceOf(HttpMessageNotReadableException.class);
		verifyNoInteractions(this.clients);
	}

	private MockMvcTester.MockMvcRequestBuilder post(String body) {
		return this.mvc.post()
			.uri(CLIENTS)
			.with(httpBasic("admin", "admin-pw"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	/** A valid create request padded with whitespace to exactly {@code bytes} bytes. */
	private static String bodyOf(int bytes) {
		String json = "{\"client_id\": \"acme\", \"name\": \"Acme\"}";
		String body = json.substring(0, json.length() - 1) + " ".repeat(bytes - json.length()) + "}";
		assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
		return body;
	}

}
