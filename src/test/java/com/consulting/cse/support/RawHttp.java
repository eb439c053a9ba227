package com.consulting.cse.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests that {@link Api} cannot send: a request line written byte for byte (raw {@code [}, {@code $} or
 * non-ASCII in the target, as {@code curl -g} sends them), and bodies sent chunked, of unknown length.
 */
public final class RawHttp {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private RawHttp() {
	}

	/** Sends {@code body} with {@code Transfer-Encoding: chunked} (the length is unknown to the server). */
	public static Api.Reply chunked(int port, String method, String path, String authorization, byte[] body,
			String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.header("Content-Type", contentType);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Api.Reply(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(method + " " + path + " (chunked) failed", ex);
		}
	}

	/** Writes {@code method target HTTP/1.1} with the target's bytes as given, and reads the whole answer. */
	public static Api.Reply send(int port, String method, byte[] target, String authorization, byte[] body,
			String contentType) {
		return send(port, method, target, (authorization != null) ? Map.of("Authorization", authorization) : Map.of(),
				body, contentType);
	}

	/** As {@link #send(int, String, byte[], String, byte[], String)}, with headers written as ISO-8859-1 bytes. */
	public static Api.Reply send(int port, String method, byte[] target, Map<String, String> headers, byte[] body,
			String contentType) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			socket.setTcpNoDelay(true);
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			head.write((method + " ").getBytes(StandardCharsets.US_ASCII));
			head.write(target);
			StringBuilder lines = new StringBuilder(" HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n");
			headers.forEach((name, value) -> lines.append(name).append(": ").append(value).append("\r\n"));
			if (body != null) {
				lines.append("Content-Type: ").append(contentType).append("\r\n");
				lines.append("Content-Length: ").append(body.length).append("\r\n");
			}
			head.write(lines.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
			if (body != null) {
				head.write(body);
			}
			OutputStream out = socket.getOutputStream();
			out.write(head.toByteArray());
			out.flush();
			return parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + new String(target, StandardCharsets.ISO_8859_1) + " failed", ex);
		}
	}

	private static Api.Reply parse(byte[] answer) throws IOException {
		String text = new String(answer, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new IOException("No HTTP answer: " + text);
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.computeIfAbsent(lines[i].substring(0, colon).trim(), (name) -> new ArrayList<>())
				.add(lines[i].substring(colon + 1).trim());
		}
		byte[] body = Arrays.copyOfRange(answer, end + 4, answer.length);
		boolean chunked = headers.entrySet()
			.stream()
			.anyMatch((header) -> header.getKey().equalsIgnoreCase("Transfer-Encoding")
					&& header.getValue().contains("chunked"));
		return new Api.Reply(status, headers, new String(chunked ? dechunk(body) : body, StandardCharsets.UTF_8));
	}

	private static byte[] dechunk(byte[] body) throws IOException {
		InputStream in = new ByteArrayInputStream(body);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		while (true) {
			StringBuilder size = new StringBuilder();
			for (int c = in.read(); c != '\n'; c = in.read()) {
				if (c < 0) {
					return out.toByteArray();
				}
				size.append((char) c);
			}
			int length = Integer.parseInt(size.toString().trim().split(";")[0], 16);
			if (length == 0) {
				return out.toByteArray();
			}
			out.write(in.readNBytes(length));
			in.skip(2);
		}
	}

}
