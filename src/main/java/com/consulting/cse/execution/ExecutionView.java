package com.consulting.cse.execution;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An execution record as the API shows it.
 */
public record ExecutionView(String id, String journeyId, String clientId, String userId, String executionMode,
		Map<String, Object> context, ExecutionStatus status, List<ExecutionStep> steps, String contentSha256,
		Instant createdAt, Instant updatedAt, String endedBy, Instant endedAt) {

	static ExecutionView of(Execution execution) {
		return new ExecutionView(execution.id(), execution.journeyId(), execution.clientId(), execution.userId(),
				execution.executionMode(), execution.context(), execution.status(), execution.steps(),
				execution.contentSha256(), execution.createdAt(), execution.updatedAt(), execution.endedBy(),
				execution.endedAt());
	}

}
