package com.consulting.cse.content;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.consulting.cse.web.ApiException;
import com.consulting.cse.web.ErrorCode;
import com.consulting.cse.web.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.list;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

class ContentRulesTests {

	static Stream<Arguments> unsafeObjects() {
		return Stream.of(argumentSet("key starting with $", Map.of("$where", "1"), "context"),
				argumentSet("nested key starting with $", Map.of("a", Map.of("$set", 1)), "context.a"),
				argumentSet("key containing a dot", Map.of("a.b", 1), "context"),
				argumentSet("empty key", Map.of("", 1), "context"),
				argumentSet("key containing NUL", Map.of("a\0b", 1), "context"),
				argumentSet("key longer than 128 characters", Map.of("k".repeat(129), 1), "context"),
				argumentSet("text containing NUL", Map.of("a", "x\0y"), "context.a"),
				argumentSet("BigInteger value", Map.of("n", new BigInteger("123456789012345678901234567890")),
						"context.n"),
				argumentSet("BigInteger inside a list", Map.of("l", List.of(1, BigInteger.TEN.pow(30))),
						"context.l[1]"),
				argumentSet("17 levels of objects", nestedObjects(17), "context" + ".a".repeat(16)),
				argumentSet("an object holding 16 levels of lists", Map.of("l", nestedLists(16)),
						"context.l" + "[0]".repeat(15)));
	}

	@ParameterizedTest
	@MethodSource("unsafeObjects")
	void refusesUnsafeObjects(Map<String, Object> value, String field) {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> JsonObjects.require("context", value, 65536))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.VALIDATION_FAILED))
			.extracting(ApiException::errors)
			.asInstanceOf(list(FieldError.class))
			.singleElement()
			.extracting(FieldError::field)
			.isEqualTo(field);
	}

	@Test
	void acceptsANormalNestedObject() {
		Map<String, Object> value = Map.of("client_id", "acme", "region", "eu-west", "limits",
				Map.of("cpu", 2, "memory_gb", 4.5, "zones", List.of("a", "b", Map.of("name", "c"))), "dry_run", true,
				"note", "ünïcödé €");

		assertThatCode(() -> JsonObjects.require("context", value, 65536)).doesNotThrowAnyException();
	}

	@Test
	void acceptsDeeplyNestedObjectsWithinTheLimit() {
		assertThatCode(() -> JsonObjects.require("context", nestedObjects(15), 65536)).doesNotThrowAnyException();
		assertThatCode(() -> JsonObjects.require("context", nestedObjects(16), 65536)).doesNotThrowAnyException();
	}

	@Test
	void refusesAnObjectOneByteOverTheLimit() {
		Map<String, Object> value = Map.of("a", "x".repeat(100));
		int size = "{\"a\":\"\"}".length() + 100;

		assertThatCode(() -> JsonObjects.require("context", value, size)).doesNotThrowAnyException();
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> JsonObjects.require("context", value, size - 1))
			.extracting(ApiException::code)
			.isEqualTo(ErrorCode.VALIDATION_FAILED);
	}

	@Test
	void measuresSizeInUtf8Bytes() {
		Map<String, Object> value = Map.of("a", "€".repeat(10));
		int size = "{\"a\":\"\"}".length() + 30;

		assertThatCode(() -> JsonObjects.require("context", value, size)).doesNotThrowAnyException();
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> JsonObjects.require("context", value, size - 1))
			.extracting(ApiException::code)
			.isEqualTo(ErrorCode.VALIDATION_FAILED);
	}

	static Stream<Arguments> invalidSteps() {
		return Stream.of(argumentSet("no steps", Map.of("steps", List.of()), "content.steps"),
				argumentSet("201 steps", Map.of("steps", steps(201)), "content.steps"),
				argumentSet("steps missing", Map.of("other", 1), "content.steps"),
				argumentSet("steps not a list", Map.of("steps", "kickoff"), "content.steps"),
				argumentSet("step not an object", Map.of("steps", List.of("kickoff")), "content.steps[0]"),
				argumentSet("duplicate key", Map.of("steps", List.of(step("kickoff", "Kick-off"),
						step("setup", "Set up"), step("kickoff", "Again"))), "content.steps[2].key"),
				argumentSet("key with a space", Map.of("steps", List.of(step("kick off", "Kick-off"))),
						"content.steps[0].key"),
				argumentSet("key starting with a dash", Map.of("steps", List.of(step("-kickoff", "Kick-off"))),
						"content.steps[0].key"),
				argumentSet("key of 65 characters", Map.of("steps", List.of(step("k".repeat(65), "Kick-off"))),
						"content.steps[0].key"),
				argumentSet("key missing", Map.of("steps", List.of(Map.of("name", "Kick-off"))),
						"content.steps[0].key"),
				argumentSet("name missing", Map.of("steps", List.of(step("kickoff", "Kick-off"),
						Map.of("key", "setup"))), "content.steps[1].name"),
				argumentSet("name blank", Map.of("steps", List.of(step("kickoff", " "))), "content.steps[0].name"),
				argumentSet("name of 201 characters", Map.of("steps", List.of(step("kickoff", "n".repeat(201)))),
						"content.steps[0].name"));
	}

	@ParameterizedTest
	@MethodSource("invalidSteps")
	void refusesInvalidJourneySteps(Map<String, Object> content, String field) {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> JourneySteps.from("content", content))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.VALIDATION_FAILED))
			.extracting(ApiException::errors)
			.asInstanceOf(list(FieldError.class))
			.singleElement()
			.extracting(FieldError::field)
			.isEqualTo(field);
	}

	@Test
	void readsJourneyStepsInOrder() {
		Map<String, Object> content = Map.of("steps",
				List.of(step("kickoff", "Kick-off"), step("Setup_2", "Set up"), step("9-handover", "Hand over")));

		assertThat(JourneySteps.from("content", content)).containsExactly(
				new JourneySteps.Step("kickoff", "Kick-off"), new JourneySteps.Step("Setup_2", "Set up"),
				new JourneySteps.Step("9-handover", "Hand over"));
	}

	@Test
	void acceptsTwoHundredSteps() {
		assertThat(JourneySteps.from("content", Map.of("steps", steps(200)))).hasSize(200)
			.first()
			.isEqualTo(new JourneySteps.Step("step-0", "Step 0"));
	}

	@Test
	void digestsContentWhateverTheOrderOfItsKeys() {
		Map<String, Object> one = new LinkedHashMap<>();
		one.put("b", 1);
		one.put("a", ordered("y", 2, "x", List.of(ordered("q", 1, "p", 2))));
		Map<String, Object> other = new LinkedHashMap<>();
		other.put("a", ordered("x", List.of(ordered("p", 2, "q", 1)), "y", 2));
		other.put("b", 1);

		assertThat(ContentDigest.of(one)).isEqualTo(ContentDigest.of(other))
			.isEqualTo(ContentDigest.sha256("{\"a\":{\"x\":[{\"p\":2,\"q\":1}],\"y\":2},\"b\":1}"
				.getBytes(StandardCharsets.UTF_8)))
			.matches("[0-9a-f]{64}");
	}

	@Test
	void digestsDifferentContentDifferently() {
		String digest = ContentDigest.of(Map.of("a", Map.of("x", List.of(1, 2))));

		assertThat(ContentDigest.of(Map.of("a", Map.of("x", List.of(2, 1))))).isNotEqualTo(digest);
		assertThat(ContentDigest.of(Map.of("a", Map.of("x", List.of(1, 3))))).isNotEqualTo(digest);
		assertThat(ContentDigest.of(Map.of("a", Map.of("y", List.of(1, 2))))).isNotEqualTo(digest);
		assertThat(ContentDigest.of(Map.of("a", Map.of("x", List.of("1", "2"))))).isNotEqualTo(digest);
	}

	@Test
	void setsTheClientOfARunContextOnACopy() {
		Map<String, Object> context = new HashMap<>(Map.of("region", "eu-west", "client_id", "globex"));
		Map<String, Object> before = Map.copyOf(context);

		Map<String, Object> result = RunContexts.forClient(context, "acme");

		assertThat(result).containsExactlyInAnyOrderEntriesOf(Map.of("region", "eu-west", "client_id", "acme"));
		assertThat(context).isEqualTo(before);
	}

	@Test
	void removesTheClientOfAnUnscopedRunContextOnACopy() {
		Map<String, Object> context = new HashMap<>(Map.of("region", "eu-west", "client_id", "globex"));
		Map<String, Object> before = Map.copyOf(context);

		Map<String, Object> result = RunContexts.forClient(context, null);

		assertThat(result).containsExactlyEntriesOf(Map.of("region", "eu-west"));
		assertThat(context).isEqualTo(before);
	}

	@Test
	void createsARunContextWhenNoneIsGiven() {
		assertThat(RunContexts.forClient(null, "acme")).containsExactlyEntriesOf(Map.of("client_id", "acme"));
		assertThat(RunContexts.forClient(null, null)).isEmpty();
	}

	private static Map<String, Object> nestedObjects(int levels) {
		Map<String, Object> value = Map.of("leaf", "x");
		for (int i = 1; i < levels; i++) {
			value = Map.of("a", value);
		}
		return value;
	}

	private static List<Object> nestedLists(int levels) {
		List<Object> value = List.of("x");
		for (int i = 1; i < levels; i++) {
			value = List.of(value);
		}
		return value;
	}

	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private static Map<String, Object> step(String key, String name) {
		return Map.of("key", key, "name", name);
	}

	private static List<Object> steps(int count) {
		List<Object> steps = new ArrayList<>();
		IntStream.range(0, count).forEach((i) -> steps.add(step("step-" + i, "Step " + i)));
		return steps;
	}

}
