package com.consulting.cse.execution;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/executions")
@Tag(name = "Executions", description = "Records of journey executions, limited to the caller's clients")
class ExecutionController {

	private final ExecutionService executions;

	ExecutionController(ExecutionService executions) {
		this.executions = executions;
	}

	@GetMapping
	@Operation(operationId = "listExecutions", summary = "List execution records",
			description = "Execution records of the caller's clients (unscoped ones for ADMIN and STAFF too), "
					+ "filtered by client_id, journey_id and status, newest first.")
	PageResponse<ExecutionView> list(Caller caller,
			@RequestParam(name = "client_id", required = false) String clientId,
			@RequestParam(name = "journey_id", required = false) String journeyId,
			@RequestParam(name = "status", required = false) ExecutionStatus status,
			@RequestParam(name = "page", defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(100) int size) {
		return PageResponse.of(this.executions.list(caller, new ExecutionFilter(clientId, journeyId, status),
				PageRequest.of(page, size)), (execution) -> execution);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getExecution", summary = "Read an execution record",
			description = "An execution record with its steps, of one of the caller's clients; unscoped ones for "
					+ "ADMIN and STAFF.")
	ExecutionView get(Caller caller, @PathVariable String id) {
		return this.executions.get(caller, id);
	}

	@PostMapping("/{id}/steps/{key}/complete")
	@Operation(operationId = "completeExecutionStep", summary = "Complete the next pending step of a running execution",
			description = "Completes the next pending step, recording who and when; completing the last one completes"
					+ " the execution. Any other step answers 409 invalid_state.")
	ExecutionView completeStep(Caller caller, @PathVariable String id, @PathVariable String key) {
		return this.executions.completeStep(caller, id, key);
	}

	@PostMapping("/{id}/cancel")
	@Operation(operationId = "cancelExecution", summary = "Cancel a running execution",
			description = "Ends a running execution as cancelled. A completed or cancelled one answers 409 "
					+ "invalid_state.")
	ExecutionView cancel(Caller caller, @PathVariable String id) {
		return this.executions.cancel(caller, id);
	}

}
