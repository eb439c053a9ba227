package com.consulting.cse.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.content.ContentDigest;
import com.consulting.cse.content.JsonObjects;
import com.consulting.cse.web.ApiException;
import com.consulting.cse.web.ErrorCode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Runs a request that starts work at most once per {@code Idempotency-Key}, user and route: a retry with
 * the same body gets the first response again, with another body 422, and while the first still runs
 * its result or 409. Keys live in MongoDB under a unique id, so this holds across restarts and instances.
 */
@Service
public class IdempotentRequests {

	public static final String HEADER = "Idempotency-Key";

	static final String REPLAYED = "Idempotent-Replayed";

	private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(1);

	private static final Duration POLL = Duration.ofMillis(50);

	private final StoredResponses responses;

	private final JsonMapper json;

	private final Clock clock;

	private final Duration retention;

	private final Duration abandonedAfter;

	IdempotentRequests(StoredResponses responses, JsonMapper json, Clock clock,
			@Value("${app.idempotency.retention:PT24H}") Duration retention,
			@Value("${app.idempotency.abandoned-after:PT60S}") Duration abandonedAfter) {
		this.responses = responses;
		this.json = json;
		this.clock = clock;
		this.retention = retention;
		this.abandonedAfter = abandonedAfter;
	}

	/**
	 * Answers {@code 201 Created} with what {@code action} creates, or the stored answer to an earlier request
	 * with the same key.
	 */
	public <T> ResponseEntity<T> create(Caller caller, String key, HttpServletRequest request, Object body,
			Class<T> type, Supplier<Created<T>> action) {
		if (key == null) {
			return created(action.get());
		}
		requireValid(key);
		String id = ContentDigest.sha256((caller.userId() + "\n" + request.getMethod() + " " + request.getRequestURI()
				+ "\n" + key).getBytes(StandardCharsets.UTF_8));
		String requestHash = ContentDigest.sha256(JsonObjects.canonicalBytes(body));
		for (int attempt = 0; attempt < 3; attempt++) {
			Optional<StoredResponse> earlier = this.responses.claim(StoredResponse.claim(id, requestHash, now(),
					now().plus(this.retention)));
			if (earlier.isEmpty()) {
				return runClaimed(id, action);
			}
			Optional<ResponseEntity<T>> answer = answer(earlier.get(), requestHash, type);
			if (answer.isPresent()) {
				return answer.get();
			}
		}
		throw inProgress();
	}

	private <T> ResponseEntity<T> runClaimed(String id, Supplier<Created<T>> action) {
		Created<T> created;
		try {
			created = action.get();
		}
		catch (RuntimeException ex) {
			this.responses.release(id);
			throw ex;
		}
		this.responses.complete(id, HttpStatus.CREATED.value(), created.location().toString(),
				this.json.writeValueAsString(created.body()));
		return created(created);
	}

	/** The answer for a key claimed before, or empty when the claim was dropped and may be taken again. */
	private <T> Optional<ResponseEntity<T>> answer(StoredResponse earlier, String requestHash, Class<T> type) {
		if (earlier.expiresAt().isBefore(now())) {
			this.responses.drop(earlier);
			return Optional.empty();
		}
		if (!earlier.requestHash().equals(requestHash)) {
			throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
					"This Idempotency-Key was used with a different request body");
		}
		StoredResponse settled = awaitCompletion(earlier);
		if (settled.completed()) {
			return Optional.of(replay(settled, type));
		}
		if (settled.createdAt().isBefore(now().minus(this.abandonedAfter))) {
			this.responses.drop(settled);
			return Optional.empty();
		}
		throw inProgress();
	}

	private StoredResponse awaitCompletion(StoredResponse earlier) {
		StoredResponse current = earlier;
		Instant giveUp = now().plus(WAIT_FOR_FIRST);
		while (!current.completed() && now().isBefore(giveUp)) {
			sleep();
			Optional<StoredResponse> reread = this.responses.findById(current.id());
			if (reread.isEmpty()) {
				return current;
			}
			current = reread.get();
		}
		return current;
	}

	private <T> ResponseEntity<T> replay(StoredResponse stored, Class<T> type) {
		return ResponseEntity.status(stored.status())
			.location(URI.create(stored.location()))
			.header(REPLAYED, "true")
			.body(this.json.readValue(stored.body(), type));
	}

	private static <T> ResponseEntity<T> created(Created<T> created) {
		return ResponseEntity.created(created.location()).body(created.body());
	}

	private static void requireValid(String key) {
		boolean printable = !key.isEmpty() && key.length() <= 255 && key.chars().allMatch((c) -> c >= 0x20 && c < 0x7f);
		if (!printable) {
			throw ApiException.invalidField(HEADER, "must be 1 to 255 printable ASCII characters");
		}
	}

	private static ApiException inProgress() {
		return new ApiException(ErrorCode.REQUEST_IN_PROGRESS,
				"A request with this Idempotency-Key is still in progress; retry shortly");
	}

	private static void sleep() {
		try {
			Thread.sleep(POLL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
