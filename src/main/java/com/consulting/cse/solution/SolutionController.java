package com.consulting.cse.solution;

import jakarta.servlet.http.HttpServletRequest;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.deployment.DeploymentView;
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
@RequestMapping("/api/v1/solutions")
@Tag(name = "Solutions", description = "Deployable solutions and their client-scoped deployment")
class SolutionController {

	private final SolutionComposerService solutions;

	SolutionController(SolutionComposerService solutions) {
		this.solutions = solutions;
	}

	@PostMapping
	@Operation(operationId = "createSolution",
			summary = "Convert an approved solution artifact, or create a solution directly (ADMIN, STAFF)",
			description = "With artifact_id, converts an approved solution artifact: the solution keeps its "
					+ "client_id, artifact_version and content_sha256, and the artifact becomes implemented. "
					+ "Without it, creates a solution from name and definition; without client_id it is unscoped.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<SolutionView> create(Caller caller, @Valid @RequestBody CreateSolutionRequest request) {
		SolutionView solution = this.solutions.create(caller, request);
		return ResponseEntity.created(Locations.of("/solutions/{id}", solution.id())).body(solution);
	}

	@GetMapping
	@Operation(operationId = "listSolutions", summary = "List solutions: the caller's clients' and unscoped ones",
			description = "Solutions of the caller's clients and unscoped ones, optionally filtered by client_id, "
					+ "newest first.")
	PageResponse<SolutionView> list(Caller caller, @RequestParam(name = "client_id", required = false) String clientId,
			@RequestParam(name = "page", defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(100) int size) {
		return PageResponse.of(this.solutions.list(caller, clientId, PageRequest.of(page, size)), (solution) -> solution);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getSolution", summary = "Read a solution",
			description = "A solution of one of the caller's clients, or an unscoped one.")
	SolutionView get(Caller caller, @PathVariable String id) {
		return this.solutions.get(caller, id);
	}

	@PostMapping("/{id}/deployments")
	@Operation(operationId = "deploySolution", summary = "Deploy a solution for a client",
			description = "Records a deployment for the client the client rule decides: the body's client_id, else "
					+ "context.client_id, else the caller's only client; refused unless it matches the solution's"
					+ " owner and the caller's clients. The record's context.client_id is the effective client. "
					+ "Idempotency-Key makes a retry answer as the first request did.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<DeploymentView> deploy(Caller caller, @PathVariable String id,
			@RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
			@Valid @RequestBody(required = false) DeployRequest request, HttpServletRequest http) {
		DeployRequest body = (request != null) ? request : DeployRequest.EMPTY;
		Recorded<DeploymentView> deployment = this.solutions.deploy(caller, id, body,
				IdempotencyKey.of(idempotencyKey, caller, http, body));
		return deployment.toResponse(Locations.of("/deployments/{id}", deployment.body().id()));
	}

}
