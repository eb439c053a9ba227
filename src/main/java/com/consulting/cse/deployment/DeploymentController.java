package com.consulting.cse.deployment;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/deployments")
@Tag(name = "Deployments", description = "Records of solution deployments, limited to the caller's clients")
class DeploymentController {

	private final DeploymentService deployments;

	DeploymentController(DeploymentService deployments) {
		this.deployments = deployments;
	}

	@GetMapping
	@Operation(operationId = "listDeployments", summary = "List deployment records",
			description = "Deployment records of the caller's clients (unscoped ones for ADMIN and STAFF too), "
					+ "filtered by client_id, solution_id and status, newest first.")
	PageResponse<DeploymentView> list(Caller caller,
			@RequestParam(name = "client_id", required = false) String clientId,
			@RequestParam(name = "solution_id", required = false) String solutionId,
			@RequestParam(name = "status", required = false) DeploymentStatus status,
			@RequestParam(name = "page", defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(100) int size) {
		return PageResponse.of(this.deployments.list(caller, new DeploymentFilter(clientId, solutionId, status),
				PageRequest.of(page, size)), (deployment) -> deployment);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getDeployment", summary = "Read a deployment record",
			description = "A deployment record of one of the caller's clients; unscoped ones for ADMIN and STAFF.")
	DeploymentView get(Caller caller, @PathVariable String id) {
		return this.deployments.get(caller, id);
	}

	@PostMapping("/{id}/outcome")
	@Operation(operationId = "recordDeploymentOutcome", summary = "Record how a deployment ended, once (ADMIN, STAFF)",
			description = "Ends a requested deployment as succeeded or failed, once: a second outcome answers 409 "
					+ "invalid_state.")
	DeploymentView outcome(Caller caller, @PathVariable String id, @Valid @RequestBody OutcomeRequest request) {
		return this.deployments.recordOutcome(caller, id, request);
	}

}
