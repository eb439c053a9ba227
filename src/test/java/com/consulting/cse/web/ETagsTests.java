package com.consulting.cse.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ETagsTests {

	@Test
	void quotesTheVersion() {
		assertThat(ETags.of(3)).isEqualTo("\"3\"");
	}

	@Test
	void passesWithoutIfMatch() {
		assertThatCode(() -> ETags.requireMatch(null, 3)).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"3\"", "*", " \"3\" ", "\"1\", \"3\"", "\"1\",W/\"3\",\"3\"" })
	void passesWhenIfMatchNamesTheCurrentVersion(String ifMatch) {
		assertThatCode(() -> ETags.requireMatch(ifMatch, 3)).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"2\"", "\"30\"", "3", "\"1\", \"2\"", "W/\"2\"", "W/\"3\"", "" })
	void refusesAnIfMatchThatNamesAnotherVersion(String ifMatch) {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> ETags.requireMatch(ifMatch, 3))
			.extracting(ApiException::code)
			.isEqualTo(ErrorCode.PRECONDITION_FAILED);
	}

}
