package com.consulting.cse.caller;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loops decide exactly as {@code StrictHttpFirewall}'s default patterns, for every code point.
 */
class HeaderCharactersTests {

	private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	private static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Test
	void decidesEveryCodePointAsTheDefaultPatterns() {
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			if (Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
				continue;
			}
			String text = "a" + Character.toString(codePoint) + "b";
			assertThat(HeaderCharacters.NAME.test(text)).as("name with U+%04X", codePoint)
				.isEqualTo(NAME.matcher(text).matches());
			assertThat(HeaderCharacters.VALUE.test(text)).as("value with U+%04X", codePoint)
				.isEqualTo(VALUE.matcher(text).matches());
		}
	}

	@Test
	void decidesLoneSurrogatesAsTheDefaultPatterns() {
		for (String text : new String[] { "a\uD800", "\uDC00b", "\uDBFF\uDBFF", "x\uD83D\uDE00y" }) {
			assertThat(HeaderCharacters.NAME.test(text)).as(text).isEqualTo(NAME.matcher(text).matches());
			assertThat(HeaderCharacters.VALUE.test(text)).as(text).isEqualTo(VALUE.matcher(text).matches());
		}
	}

	@Test
	void acceptsEmptyAndPlainText() {
		assertThat(HeaderCharacters.NAME.test("")).isTrue();
		assertThat(HeaderCharacters.VALUE.test("Bearer abc.def-ghi_\t~")).isTrue();
		assertThat(HeaderCharacters.NAME.test("X-Name\t")).isFalse();
		assertThat(HeaderCharacters.VALUE.test("line\r\nbreak")).isFalse();
	}

}
