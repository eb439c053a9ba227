package com.consulting.cse.execution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.consulting.cse.web.ApiException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The record of one execution of a journey for a client, with its steps.
 */
@Document("executions")
@CompoundIndex(name = "created", def = "{'created_at': -1, '_id': -1}")
@CompoundIndex(name = "client_created", def = "{'client_id': 1, 'created_at': -1, '_id': -1}")
@CompoundIndex(name = "client_journey_created", def = "{'client_id': 1, 'journey_id': 1, 'created_at': -1, '_id': -1}")
@CompoundIndex(name = "status_created", def = "{'status': 1, 'created_at': -1, '_id': -1}")
@CompoundIndex(name = "client_status_created", def = "{'client_id': 1, 'status': 1, 'created_at': -1, '_id': -1}")
@CompoundIndex(name = "journey_created", def = "{'journey_id': 1, 'created_at': -1, '_id': -1}")
class Execution {

	@Id
	private final String id;

	private final String journeyId;

	private final String clientId;

	private final String userId;

	private final String executionMode;

	private final Map<String, Object> context;

	private ExecutionStatus status;

	private final List<ExecutionStep> steps;

	private final String contentSha256;

	private final String requestHash;

	private final Instant createdAt;

	private Instant updatedAt;

	private String endedBy;

	private Instant endedAt;

	@Version
	private Long revision;

	Execution(String id, String journeyId, String clientId, String userId, String executionMode,
			Map<String, Object> context, ExecutionStatus status, List<ExecutionStep> steps, String contentSha256,
			String requestHash, Instant createdAt, Instant updatedAt, String endedBy, Instant endedAt, Long revision) {
		this.id = id;
		this.journeyId = journeyId;
		this.clientId = clientId;
		this.userId = userId;
		this.executionMode = executionMode;
		this.context = context;
		this.status = status;
		this.steps = new ArrayList<>(steps);
		this.contentSha256 = contentSha256;
		this.requestHash = requestHash;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.endedBy = endedBy;
		this.endedAt = endedAt;
		this.revision = revision;
	}

	static Execution running(String id, NewExecution request, String requestHash, Instant now) {
		List<ExecutionStep> steps = request.steps()
			.stream()
			.map((step) -> ExecutionStep.pending(step.key(), step.name()))
			.toList();
		return new Execution(id, request.journeyId(), request.clientId(), request.userId(), request.executionMode(),
				request.context(), ExecutionStatus.RUNNING, steps, request.contentSha256(), requestHash, now, now, null,
				null, null);
	}

	/** The execution as it was when started: running, every step pending. */
	Execution asStarted() {
		List<ExecutionStep> pending = this.steps.stream()
			.map((step) -> ExecutionStep.pending(step.key(), step.name()))
			.toList();
		return new Execution(this.id, this.journeyId, this.clientId, this.userId, this.executionMode, this.context,
				ExecutionStatus.RUNNING, pending, this.contentSha256, this.requestHash, this.createdAt, this.createdAt,
				null, null, this.revision);
	}

	/** Completes the next pending step, which must be {@code key}; the last one completes the execution. */
	void completeStep(String key, String by, Instant now) {
		requireRunning();
		int next = 0;
		while (this.steps.get(next).status() == ExecutionStep.Status.COMPLETED) {
			next++;
		}
		ExecutionStep step = this.steps.get(next);
		if (!step.key().equals(key)) {
			throw ApiException.invalidState("Steps complete in order: the next step is '" + step.key() + "'");
		}
		this.steps.set(next, step.complete(by, now));
		this.updatedAt = now;
		if (next == this.steps.size() - 1) {
			end(ExecutionStatus.COMPLETED, by, now);
		}
	}

	void cancel(String by, Instant now) {
		requireRunning();
		end(ExecutionStatus.CANCELLED, by, now);
	}

	private void requireRunning() {
		if (this.status != ExecutionStatus.RUNNING) {
			throw ApiException.invalidState("The execution is " + this.status + "; only a running one can change");
		}
	}

	private void end(ExecutionStatus status, String by, Instant now) {
		this.status = status;
		this.endedBy = by;
		this.endedAt = now;
		this.updatedAt = now;
	}

	String id() {
		return this.id;
	}

	String journeyId() {
		return this.journeyId;
	}

	String clientId() {
		return this.clientId;
	}

	String userId() {
		return this.userId;
	}

	String executionMode() {
		return this.executionMode;
	}

	Map<String, Object> context() {
		return this.context;
	}

	ExecutionStatus status() {
		return this.status;
	}

	List<ExecutionStep> steps() {
		return List.copyOf(this.steps);
	}

	String contentSha256() {
		return this.contentSha256;
	}

	String requestHash() {
		return this.requestHash;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	String endedBy() {
		return this.endedBy;
	}

	Instant endedAt() {
		return this.endedAt;
	}

}
