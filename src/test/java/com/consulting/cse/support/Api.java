package com.consulting.cse.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for the running service, as a frontend or curl script would call it.
 */
public final class Api {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final String authorization;

	private final Map<String, String> headers;

	private Api(String base, String authorization, Map<String, String> headers) {
		this.base = base;
		this.authorization = authorization;
		this.headers = headers;
	}

	public static Api at(int port) {
		return new Api("http://localhost:" + port, null, Map.of());
	}

	public Api basic(String user, String password) {
		String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new Api(this.base, "Basic " + credentials, this.headers);
	}

	public Api bearer(String token) {
		return new Api(this.base, "Bearer " + token, this.headers);
	}

	public Api anonymous() {
		return new Api(this.base, null, this.headers);
	}

	public Api header(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.headers);
		more.put(name, value);
		return new Api(this.base, this.authorization, more);
	}

	public Reply get(String path) {
		return send("GET", path, null, null);
	}

	public Reply post(String path, Object body) {
		return send("POST", path, json(body), "application/json");
	}

	public Reply patch(String path, Object body) {
		return send("PATCH", path, json(body), "application/json");
	}

	public Reply raw(String method, String path, byte[] body, String contentType) {
		return send(method, path, body, contentType);
	}

	public static String json(Object body) {
		return (body == null) ? null : (body instanceof String text) ? text : JSON.writeValueAsString(body);
	}

	private Reply send(String method, String path, Object body, String contentType) {
		HttpRequest.BodyPublisher publisher = (body == null) ? HttpRequest.BodyPublishers.noBody()
				: (body instanceof byte[] bytes) ? HttpRequest.BodyPublishers.ofByteArray(bytes)
						: HttpRequest.BodyPublishers.ofString((String) body);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path)).method(method, publisher);
		if (contentType != null && body != null) {
			request.header("Content-Type", contentType);
		}
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		this.headers.forEach(request::header);
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers().map(), response.body());
		}
		catch (Exception ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
	}

	/** A response: status, headers and the body as JSON (a missing node when empty or not JSON). */
	public record Reply(int status, Map<String, List<String>> headers, String text) {

		public JsonNode json() {
			try {
				return (this.text == null || this.text.isEmpty()) ? JSON.missingNode() : JSON.readTree(this.text);
			}
			catch (RuntimeException ex) {
				return JSON.missingNode();
			}
		}

		public String field(String name) {
			return json().path(name).asString();
		}

		public String id() {
			return field("id");
		}

		public String code() {
			return field("code");
		}

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		@Override
		public String toString() {
			return this.status + " " + this.text;
		}

	}

}
