package com.consulting.cse.execution;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Consumer;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.idempotency.IdempotencyKey;
import com.consulting.cse.idempotency.Recorded;
import com.consulting.cse.web.ApiException;
import com.consulting.cse.web.Ids;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The execution feature's application service: writing the record of an execution the journey feature has
 * authorized, reading records through the caller's scope, completing steps and cancelling.
 */
@Service
public class ExecutionService {

	private static final String PREFIX = "exe";

	private final Executions executions;

	private final Clock clock;

	ExecutionService(Executions executions, Clock clock) {
		this.executions = executions;
		this.clock = clock;
	}

	/**
	 * The record an earlier request with {@code key} created, as it answered then; refuses a reuse of the key
	 * with another body.
	 */
	public Optional<Recorded<ExecutionView>> replay(IdempotencyKey key) {
		return this.executions.findByIdempotentId(key.recordId(PREFIX)).map((execution) -> {
			key.requireSameRequest(execution.requestHash());
			return Recorded.replayed(ExecutionView.of(execution.asStarted()));
		});
	}

	/**
	 * Writes the record of an authorized execution, under the id {@code key} derives when given, so that of
	 * racing requests with one key only the first writes and the others replay it. It starts {@code running} with every step pending. */
	public Recorded<ExecutionView> record(NewExecution execution, IdempotencyKey key) {
		String id = (key != null) ? key.recordId(PREFIX) : Ids.next(PREFIX);
		try {
			String requestHash = (key != null) ? key.requestHash() : null;
			return Recorded.created(ExecutionView.of(this.executions.insert(Execution.running(id, execution, requestHash, now()))));
		}
		catch (DuplicateKeyException ex) {
			if (key == null) {
				throw ex;
			}
			return replay(key).orElseThrow(() -> ex);
		}
	}

	ExecutionView get(Caller caller, String id) {
		return ExecutionView.of(find(caller, id));
	}

	Page<ExecutionView> list(Caller caller, ExecutionFilter filter, Pageable pageable) {
		return this.executions.findIn(caller.recordScope(), filter, pageable).map(ExecutionView::of);
	}

	ExecutionView completeStep(Caller caller, String id, String key) {
		return change(caller, id, (execution) -> execution.completeStep(key, caller.userId(), now()));
	}

	ExecutionView cancel(Caller caller, String id) {
		return change(caller, id, (execution) -> execution.cancel(caller.userId(), now()));
	}

	private ExecutionView change(Caller caller, String id, Consumer<Execution> transition) {
		Execution execution = find(caller, id);
		transition.accept(execution);
		return ExecutionView.of(this.executions.save(execution));
	}

	private Execution find(Caller caller, String id) {
		return this.executions.findByIdIn(id, caller.recordScope())
			.orElseThrow(() -> ApiException.notFound("execution", id));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
