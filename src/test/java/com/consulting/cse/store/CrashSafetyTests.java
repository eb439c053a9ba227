package com.consulting.cse.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.consulting.cse.Application;
import com.consulting.cse.support.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the service with SIGKILL in the middle of a write load on the embedded store, restarts it on the same
 * files, and checks that every write it acknowledged is there and whole.
 */
class CrashSafetyTests {

	private static final int WRITERS = 4;

	private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

	@TempDir
	Path data;

	private Process service;

	@AfterEach
	void stop() {
		if (this.service != null) {
			this.service.destroyForcibly();
		}
	}

	@Test
	void keepsEveryAcknowledgedWriteAcrossAKill() throws Exception {
		int port = freePort();
		this.service = start(port);
		Api admin = Api.at(port).basic("admin", "admin-pass");
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		for (int w = 0; w < WRITERS; w++) {
			int writer = w;
			writers.submit(() -> write(admin, writer, acknowledged, running));
		}
		awaitCount(acknowledged, ACKNOWLEDGED_BEFORE_KILL);
		this.service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		running.set(false);
		writers.shutdown();
		assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		this.service = start(port);
		List<String> missing = acknowledged.stream()
			.filter((id) -> !("Client " + id).equals(admin.get("/api/v1/clients/" + id).field("name")))
			.toList();
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
		assertThat(missing).as("acknowledged writes lost or damaged by the kill").isEmpty();
	}

	private static void write(Api admin, int writer, Set<String> acknowledged, AtomicBoolean running) {
		for (int i = 0; running.get(); i++) {
			String id = "w" + writer + "-" + i;
			try {
				Api.Reply reply = admin.post("/api/v1/clients", Map.of("client_id", id, "name", "Client " + id));
				if (reply.status() == 201) {
					acknowledged.add(id);
				}
			}
			catch (IllegalStateException ex) {
				return;
			}
		}
	}

	private Process start(int port) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				Application.class.getName(), "--server.port=" + port,
				"--app.store.embedded.file=" + this.data.resolve("store.mv"), "--spring.main.banner-mode=off")
			.redirectErrorStream(true)
			.redirectOutput(this.data.resolve("service.log").toFile())
			.start();
		awaitHealthy(port, process);
		return process;
	}

	private void awaitHealthy(int port, Process process) throws InterruptedException, IOException {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
		while (Instant.now().isBefore(giveUp) && process.isAlive()) {
			try {
				if (Api.at(port).get("/actuator/health").status() == 200) {
					return;
				}
			}
			catch (IllegalStateException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("The service did not become healthy:\n" + Files.readString(this.data.resolve("service.log")));
	}

	private static void awaitCount(Set<String> acknowledged, int count) throws InterruptedException {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
		while (acknowledged.size() < count && Instant.now().isBefore(giveUp)) {
			Thread.sleep(10);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
