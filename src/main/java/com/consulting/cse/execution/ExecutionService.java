package com.consulting.cse.execution;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.web.ApiException;
import com.consulting.cse.web.Ids;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The execution feature's application service: writing the record of an execution the journey feature has
 * authorized, reading records through the caller's scope, completing steps and cancelling.
 */
@Service
public class ExecutionService {

	private final Executions executions;

	private final Clock clock;

	ExecutionService(Executions executions, Clock clock) {
		this.executions = executions;
		this.clock = clock;
	}

	/** Writes the record of an authorized execution; it starts {@code running} with every step pending. */
	public ExecutionView record(NewExecution execution) {
		return ExecutionView.of(this.executions.insert(Execution.running(Ids.next("exe"), execution, now())));
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
