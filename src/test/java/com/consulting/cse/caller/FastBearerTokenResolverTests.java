package com.consulting.cse.caller;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The resolver answers every {@code Authorization} header, well-formed or not, as Spring Security's default
 * resolver does: the same token, or an error of the same type and message.
 */
class FastBearerTokenResolverTests {

	private final FastBearerTokenResolver fast = new FastBearerTokenResolver();

	private final DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();

	@ParameterizedTest
	@ValueSource(strings = { "Bearer abc", "bearer abc", "BEARER a.b.c", "Bearer eyJ0.eyJz-_~+/.sig==",
			"Bearer a=", "Bearer ==", "Bearer ", "Bearer", "Bearer  abc", "Bearer abc ", "Bearer a=b", "Bearer a b",
			"Bearer ab\u00e9", "Bearer ab$", "Basic dXNlcjpwYXNz", "Bearerabc", "Token abc", "", " Bearer abc" })
	void resolvesAsTheDefault(String header) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Authorization", header);

		Object expected = outcome(() -> this.standard.resolve(request));
		Object actual = outcome(() -> this.fast.resolve(request));

		assertThat(actual).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "access_token=abc" })
	void leavesRequestsWithoutTheHeaderToTheDefault(String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/clients");
		request.setQueryString(query);
		request.setParameter("access_token", "abc");

		assertThat(this.fast.resolve(request)).isEqualTo(this.standard.resolve(request)).isNull();
	}

	private static Object outcome(Resolution resolution) {
		Throwable error = catchThrowable(() -> resolution.resolve());
		if (error != null) {
			return error.getClass().getName() + ": " + error.getMessage();
		}
		return String.valueOf(resolution.resolve());
	}

	private interface Resolution {

		String resolve();

	}

}
