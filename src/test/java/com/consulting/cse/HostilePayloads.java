package com.consulting.cse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table of hostile request bodies: for one operation's valid body, every way of breaking it that a
 * careless or malicious caller might send, each with the refusal the contract promises.
 */
final class HostilePayloads {

	static final String JSON = "application/json";

	static final int MAX_BODY = 1024 * 1024;

	/** Escapes every non-ASCII character, so that a lone surrogate is sent as {@code \\ud800}, not as {@code ?}. */
	private static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

	private HostilePayloads() {
	}

	/** How a string field is validated, which decides what a semantic attack on it answers. */
	enum Kind {

		/** A title or name: 1..200 characters, not blank, no control characters. */
		TEXT,
		/** A client id, strategy or mode: a pattern. */
		PATTERN,
		/** An enum in its API spelling. */
		ENUM,
		/** An opaque id, only checked by looking it up: a strange one is simply not found. */
		OPAQUE,
		/** A free comment: not blank, at most 2000 characters, no NUL. */
		COMMENT,
		/** An optional free detail: at most 2000 characters, no NUL. */
		DETAIL

	}

	/**
	 * One hostile body and what must answer it.
	 *
	 * @param name what it tries
	 * @param body the bytes sent
	 * @param contentType the {@code Content-Type} sent, {@code null} for none
	 * @param codes the acceptable problem codes
	 * @param field when not {@code null}, the first reported error's field must start with it
	 * @param chunked whether the body is sent without a {@code Content-Length}
	 */
	record Payload(String name, byte[] body, String contentType, Set<String> codes, String field, boolean chunked) {

		static Payload of(String name, byte[] body, String code) {
			return new Payload(name, body, JSON, Set.of(code), null, false);
		}

		static Payload invalid(String name, byte[] body, String field) {
			return new Payload(name, body, JSON, Set.of("validation_failed"), field, false);
		}

		Payload as(String contentType) {
			return new Payload(this.name, this.body, contentType, this.codes, this.field, this.chunked);
		}

	}

	/** Bodies that break an operation whatever its fields: syntax, shape, unknown fields, media types, size. */
	static List<Payload> generic(Map<String, Object> base, Set<String> declared, boolean bodyOptional) {
		List<Payload> payloads = new ArrayList<>();
		String json = json(base);
		for (String text : List.of("{", "{\"a\":}", "{'client_id':'x'}", "/* comment */ {}", "{\"n\":NaN}",
				json.substring(0, json.length() - 1), json + json, "[]")) {
			payloads.add(Payload.of("malformed " + abbreviate(text), utf8(text), "malformed_request"));
		}
		if (!bodyOptional) {
			payloads.add(Payload.of("the JSON literal null", utf8("null"), "malformed_request"));
		}
		payloads.add(Payload.of("a raw NUL byte inside a string", bytes(utf8("{\"a\":\"x"), new byte[] { 0 }, utf8("\"}")),
				"malformed_request"));
		payloads.add(Payload.of("invalid UTF-8 as the whole body", new byte[] { (byte) 0xff, (byte) 0xfe, (byte) 0xfd },
				"malformed_request"));
		payloads.add(Payload.of("invalid UTF-8 in a key", bytes(utf8("{\"ab"), new byte[] { (byte) 0xff }, utf8("cd\":1}")),
				"malformed_request"));
		Map<String, Object> unknown = new LinkedHashMap<>();
		unknown.put("clientId", "other");
		unknown.put("user_id", "someone-else");
		unknown.put("$where", "1");
		unknown.put("$set", Map.of("status", "approved"));
		unknown.put("client_id.x", "y");
		unknown.put("client_id\u0000", "acme");
		unknown.forEach((name, value) -> {
			if (!declared.contains(name)) {
				payloads.add(Payload.invalid("unknown field " + printable(name), withField(base, name, utf8(json(value))),
						printable(name)));
			}
		});
		payloads.add(Payload.invalid("only {\"$where\": \"1\"}", utf8("{\"$where\":\"1\"}"), "$where"));
		payloads.add(Payload.invalid("only {\"$or\": [...]}", utf8("{\"$or\":[{\"client_id\":\"a\"},{\"client_id\":\"b\"}]}"),
				"$or"));
		String open = json.substring(0, json.length() - 1);
		for (String name : base.keySet()) {
			payloads.add(Payload.of("duplicated key " + name + " with another value",
					utf8(open + "," + quote(name) + ":\"b\"}"), "malformed_request"));
		}
		if (base.isEmpty()) {
			payloads.add(Payload.of("duplicated key", utf8("{\"a\":1,\"a\":1}"), "malformed_request"));
		}
		payloads.add(new Payload("top-level JSON nested 1,000 deep", utf8(nested("[", "]", 1000, "1")), JSON,
				Set.of("malformed_request"), null, false));
		payloads.add(new Payload("an unknown field nested 1,000 deep", utf8(nested("{\"a\":", "}", 1000, "1")), JSON,
				Set.of("malformed_request", "validation_failed"), null, false));
		byte[] valid = utf8(json);
		payloads.add(Payload.of("text/plain", valid, "unsupported_media_type").as("text/plain"));
		payloads.add(Payload.of("application/xml", utf8("<client><client_id>acme</client_id></client>"),
				"unsupported_media_type").as("application/xml"));
		payloads.add(Payload.of("form-urlencoded", utf8("client_id=acme&name=x&title=t&comment=c&status=succeeded"),
				"unsupported_media_type").as("application/x-www-form-urlencoded"));
		payloads.add(Payload.of("multipart", utf8("--b\r\nContent-Disposition: form-data; name=\"client_id\"\r\n\r\nacme\r\n--b--\r\n"),
				"unsupported_media_type").as("multipart/form-data; boundary=b"));
		payloads.add(Payload.of("a broken multipart", utf8("--b\r\nno headers, no end"), "unsupported_media_type")
			.as("multipart/form-data; boundary=b"));
		payloads.add(Payload.of("application/yaml", utf8("client_id: acme\n"), "unsupported_media_type").as("application/yaml"));
		payloads.add(Payload.of("no Content-Type", valid, "unsupported_media_type").as(null));
		payloads.add(Payload.of("an unparsable Content-Type", valid, "unsupported_media_type").as("not a media type"));
		payloads.add(Payload.of("a body of 1 MB + 1 KiB with Content-Length", padded(MAX_BODY + 1024),
				"payload_too_large"));
		payloads.add(new Payload("a chunked body of 1 MB + 1 KiB", padded(MAX_BODY + 1024), JSON,
				Set.of("payload_too_large"), null, true));
		return payloads;
	}

	/** Bodies that put something other than the expected string into field {@code field}. */
	static List<Payload> text(Map<String, Object> base, String field, Kind kind) {
		List<Payload> payloads = new ArrayList<>();
		for (String value : List.of("5", "true", "[\"x\"]", "{}", "{\"$ne\":null}", "{\"$regex\":\".*\"}",
				nested("[", "]", 1000, "\"x\""))) {
			payloads.add(new Payload(field + " = " + abbreviate(value), withField(base, field, utf8(value)), JSON,
					Set.of("validation_failed", "malformed_request"), value.startsWith("[[") ? null : field, false));
		}
		List<String> semantic = new ArrayList<>(List.of("a\u0000b", "x".repeat(300_000), "a\ud800b"));
		if (kind != Kind.DETAIL) {
			semantic.add("   ");
		}
		if (kind == Kind.TEXT) {
			semantic.addAll(List.of("a\u0007b", "line\nbreak"));
		}
		for (String value : semantic) {
			byte[] body = withField(base, field, utf8(json(value)));
			payloads.add((kind == Kind.OPAQUE)
					? new Payload(field + " = " + abbreviate(value), body, JSON, Set.of("validation_failed", "not_found"), null,
							false)
					: Payload.invalid(field + " = " + abbreviate(value), body, field));
		}
		payloads.add(Payload.of(field + " with invalid UTF-8",
				withField(base, field, bytes(utf8("\"a"), new byte[] { (byte) 0xc3, 0x28 }, utf8("\""))), "malformed_request"));
		payloads.add(Payload.of(field + " with an overlong UTF-8 '/'",
				withField(base, field, bytes(utf8("\"a"), new byte[] { (byte) 0xc0, (byte) 0xaf }, utf8("\""))),
				"malformed_request"));
		return payloads;
	}

	/** Bodies that put something hostile into the free-form object {@code field} (content, context, definition). */
	static List<Payload> object(Map<String, Object> base, String field, boolean journey, int maxBytes) {
		List<Payload> payloads = new ArrayList<>();
		for (String value : List.of("\"x\"", "[{}]")) {
			payloads.add(Payload.invalid(field + " = " + value, withField(base, field, utf8(value)), field));
		}
		String object = json(base.get(field));
		List<String> entries = new ArrayList<>(List.of("\"$set\":{\"status\":\"approved\"}", "\"a.b\":1",
				"\"nested\":{\"$gt\":1}", "\"nested\":{\"b.c\":1}", "\"list\":[{\"$ne\":1}]", "\"\":1", "\"a\\u0000b\":1",
				quote("k".repeat(129)) + ":1", "\"client_id\":{\"$ne\":null}", "\"deep\":{\"a\":{\"$inc\":{\"n\":1}}}",
				"\"n\":{\"v\":\"x\\u0000y\"}", "\"v\":\"\\ud800\"",
				"\"\\udc00\":1", "\"n\":123456789012345678901234567890", "\"n\":-1e400",
				"\"big\":[" + String.join(",", Collections.nCopies(100_000, "\"ab\"")) + "]",
				"\"long\":" + quote("x".repeat(maxBytes + 1)), "\"deep17\":" + nested("{\"a\":", "}", 16, "1")));
		if ("context".equals(field)) {
			entries.addAll(List.of("\"client_id\":5", "\"client_id\":[\"acme\"]", "\"client_id\":{}"));
		}
		for (String entry : entries) {
			byte[] body = withField(base, field, utf8(merge(object, entry)));
			payloads.add(entry.startsWith("\"\\udc00\"")
					? new Payload(field + " with " + abbreviate(entry), body, JSON,
							Set.of("validation_failed", "malformed_request"), null, false)
					: Payload.invalid(field + " with " + abbreviate(entry), body, field));
		}
		if (journey) {
			for (String steps : List.of("\"x\"", "[]", steps(201), "[{\"key\":\"$where\",\"name\":\"x\"}]",
					"[{\"key\":{\"$ne\":null},\"name\":\"x\"}]", "[{\"key\":\"a\",\"name\":\"b\",\"$set\":1}]",
					"[{\"key\":\"a\",\"name\":\"\\u0000\"}]", "[{\"key\":\"a\",\"name\":\"x\"},{\"key\":\"a\",\"name\":\"y\"}]",
					"[{\"key\":\"a.b\",\"name\":\"x\"}]", "[null]")) {
				payloads.add(Payload.invalid(field + " with steps " + abbreviate(steps),
						withField(base, field, utf8("{\"steps\":" + steps + "}")), field));
			}
		}
		payloads.add(Payload.of(field + " with a duplicated key", withField(base, field, utf8(merge(object, "\"dup\":1,\"dup\":2"))),
				"malformed_request"));
		payloads.add(new Payload(field + " nested 1,000 deep",
				withField(base, field, utf8(merge(object, "\"deep\":" + nested("{\"a\":", "}", 1000, "1")))), JSON,
				Set.of("malformed_request", "validation_failed"), null, false));
		payloads.add(Payload.of(field + " with invalid UTF-8 in a key",
				withField(base, field, bytes(utf8(object.substring(0, object.length() - 1) + ",\"k"), new byte[] { (byte) 0xff },
						utf8("\":1}"))), "malformed_request"));
		payloads.add(Payload.of(field + " with invalid UTF-8 in a value",
				withField(base, field, bytes(utf8(object.substring(0, object.length() - 1) + ",\"k\":\""),
						new byte[] { (byte) 0xfe }, utf8("\"}"))), "malformed_request"));
		return payloads;
	}

	/** The valid body with {@code field} set to the raw JSON {@code value} (added when absent). */
	static byte[] withField(Map<String, Object> base, String field, byte[] value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(utf8("{"));
		base.forEach((name, current) -> {
			if (!name.equals(field)) {
				out.writeBytes(utf8(quote(name) + ":" + json(current) + ","));
			}
		});
		out.writeBytes(utf8(quote(field) + ":"));
		out.writeBytes(value);
		out.writeBytes(utf8("}"));
		return out.toByteArray();
	}

	static String steps(int count) {
		List<String> steps = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			steps.add("{\"key\":\"s" + i + "\",\"name\":\"Step " + i + "\"}");
		}
		return "[" + String.join(",", steps) + "]";
	}

	static String nested(String open, String close, int depth, String inner) {
		return open.repeat(depth) + inner + close.repeat(depth);
	}

	/** {@code value} as JSON: a string is quoted and escaped, unlike {@code Api.json}. */
	static String json(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static String quote(String name) {
		return json(name);
	}

	static String printable(String value) {
		StringBuilder out = new StringBuilder();
		value.chars().forEach((c) -> out.append((c >= 0x20 && c < 0x7f) ? (char) c : '?'));
		return out.toString();
	}

	private static byte[] padded(int size) {
		byte[] start = utf8("{\"padding\":\"");
		byte[] end = utf8("\"}");
		byte[] body = new byte[size];
		Arrays.fill(body, (byte) 'x');
		System.arraycopy(start, 0, body, 0, start.length);
		System.arraycopy(end, 0, body, size - end.length, end.length);
		return body;
	}

	private static String merge(String object, String entry) {
		return object.equals("{}") ? "{" + entry + "}" : object.substring(0, object.length() - 1) + "," + entry + "}";
	}

	private static byte[] bytes(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static String abbreviate(String text) {
		String printable = printable(text);
		return (printable.length() > 40) ? printable.substring(0, 37) + "...(" + text.length() + " chars)" : printable;
	}

}
