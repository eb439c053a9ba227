package com.consulting.cse.journey;

import jakarta.servlet.http.HttpServletRequest;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.execution.ExecutionView;
import com.consulting.cse.idempotency.IdempotencyKey;
import com.consulting.cse.idempotency.Recorded;
import com.consulting.cse.web.Locations;
import com.consulting.cse.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/journeys")
@Tag(name = "Journeys", description = "Executable journeys and their client-scoped execution")
class JourneyController {

	private final JourneyOrchestratorService journeys;

	JourneyController(JourneyOrchestratorService journeys) {
		this.journeys = journeys;
	}

	@PostMapping
	@Operation(operationId = "createJourney",
			summary = "Convert an approved journey artifact, or create a journey directly (ADMIN, STAFF)",
			description = "With artifact_id, converts an approved journey artifact: the journey keeps its client_id, "
					+ "artifact_version and content_sha256, and the artifact becomes implemented. Without it, "
					+ "creates a journey from name and definition (steps: [{key, name}]); without client_id it is"
					+ " unscoped.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<JourneyView> create(Caller caller, @Valid @RequestBody CreateJourneyRequest request) {
		JourneyView journey = this.journeys.create(caller, request);
		return ResponseEntity.created(Locations.of("/journeys/{id}", journey.id())).body(journey);
	}

	@GetMapping
	@Operation(operationId = "listJourneys", summary = "List journeys: the caller's clients' and unscoped ones",
			description = "Journeys of the caller's clients and unscoped ones, optionally filtered by client_id, "
					+ "newest first.")
	PageResponse<JourneyView> list(Caller caller, @RequestParam(name = "client_id", required = false) String clientId,
			@RequestParam(name = "page", defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(100) int size) {
		return PageResponse.of(this.journeys.list(caller, clientId, PageRequest.of(page, size)), (journey) -> journey);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getJourney", summary = "Read a journey",
			description = "A journey of one of the caller's clients, or an unscoped one.")
	JourneyView get(Caller caller, @PathVariable String id) {
		return this.journeys.get(caller, id);
	}

	@PostMapping("/{id}/executions")
	@Operation(operationId = "executeJourney", summary = "Execute a journey for a client",
			description = "Records an execution for the client the client rule decides: the body's client_id, else "
					+ "context.client_id, else the caller's only client; refused unless it matches the journey's "
					+ "owner and the caller's clients. The execution starts running with the journey's steps "
					+ "pending. Idempotency-Key makes a retry answer as the first request did.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ExecutionView> execute(Caller caller, @PathVariable String id,
			@RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
			@Valid @RequestBody(required = false) ExecuteRequest request, HttpServletRequest http) {
		ExecuteRequest body = (request != null) ? request : ExecuteRequest.EMPTY;
		Recorded<ExecutionView> execution = this.journeys.execute(caller, id, body,
				IdempotencyKey.of(idempotencyKey, caller, http, body));
		return execution.toResponse(Locations.of("/executions/{id}", execution.body().id()));
	}

}
