package com.consulting.cse.client;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import com.consulting.cse.idempotency.Recorded;
import com.consulting.cse.web.ApiException;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Counts and logs how each deployment or execution request ended, in {@value #METRIC} tagged by {@code kind}
 * ({@code deployment}, {@code execution}), {@code outcome} ({@code recorded}, {@code replayed},
 * {@code refused}, {@code failed}) and {@code code} (the refusal's error code, {@code none} otherwise): bounded
 * tags only. Requests refused before they reach a run (authentication, malformed bodies) are counted by
 * {@code cse.problems} alone.
 */
@Component
public class RunOutcomes {

	public static final String METRIC = "cse.runs";

	private static final Logger log = LoggerFactory.getLogger(RunOutcomes.class);

	/** What a run starts. */
	public enum Kind {

		DEPLOYMENT, EXECUTION;

		String tag() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private final MeterRegistry meters;

	RunOutcomes(MeterRegistry meters) {
		this.meters = meters;
	}

	/**
	 * Runs {@code run} and counts and logs how it ended; a refusal is counted and thrown on. The log lines
	 * carry the request's ids and the client the run is for (see {@code LogContext}).
	 */
	public <T> Recorded<T> count(Kind kind, Supplier<Recorded<T>> run, Function<T, String> id) {
		Recorded<T> result;
		try {
			result = run.get();
		}
		catch (ApiException refused) {
			count(kind, "refused", refused.code().code());
			log.info("{} refused: {}", kind.tag(), refused.code().code());
			throw refused;
		}
		catch (RuntimeException failed) {
			// the store is unreachable, or a bug: the problem handler logs it and answers 5xx
			count(kind, "failed", "none");
			throw failed;
		}
		String outcome = result.replayed() ? "replayed" : "recorded";
		count(kind, outcome, "none");
		log.info("{} {} {}", kind.tag(), id.apply(result.body()), outcome);
		return result;
	}

	private void count(Kind kind, String outcome, String code) {
		this.meters.counter(METRIC, "kind", kind.tag(), "outcome", outcome, "code", code).increment();
	}

}
