package com.consulting.cse.artifact;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.web.ETags;
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
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/artifacts")
@Tag(name = "Artifacts", description = "Solutions and journeys being designed for a client, and their review")
class ArtifactController {

	private final ArtifactService artifacts;

	ArtifactController(ArtifactService artifacts) {
		this.artifacts = artifacts;
	}

	@PostMapping
	@Operation(operationId = "createArtifact", summary = "Create a draft artifact (ADMIN, STAFF)")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ArtifactView> create(Caller caller, @Valid @RequestBody CreateArtifactRequest request) {
		ArtifactView artifact = this.artifacts.create(caller, request);
		return ResponseEntity.created(Locations.of("/artifacts/{id}", artifact.id()))
			.eTag(ETags.of(artifact.version()))
			.body(artifact);
	}

	@GetMapping
	@Operation(operationId = "listArtifacts", summary = "List artifacts (CLIENT users see no drafts)")
	PageResponse<ArtifactView> list(Caller caller,
			@RequestParam(name = "client_id", required = false) String clientId,
			@RequestParam(name = "status", required = false) ArtifactStatus status,
			@RequestParam(name = "kind", required = false) ArtifactKind kind,
			@RequestParam(name = "page", defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(100) int size) {
		return PageResponse.of(this.artifacts.list(caller, new ArtifactFilter(clientId, status, kind),
				PageRequest.of(page, size)), (artifact) -> artifact);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getArtifact", summary = "Read an artifact")
	ResponseEntity<ArtifactView> get(Caller caller, @PathVariable String id) {
		return withETag(this.artifacts.get(caller, id));
	}

	@PatchMapping("/{id}")
	@Operation(operationId = "updateArtifact", summary = "Edit a draft (ADMIN, STAFF); bumps its version")
	ResponseEntity<ArtifactView> update(Caller caller, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody UpdateArtifactRequest request) {
		return withETag(this.artifacts.update(caller, id, ifMatch, request));
	}

	@PostMapping("/{id}/share")
	@Operation(operationId = "shareArtifact", summary = "Share a draft with the client for review (ADMIN, STAFF)")
	ResponseEntity<ArtifactView> share(Caller caller, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return withETag(this.artifacts.share(caller, id, ifMatch));
	}

	@PostMapping("/{id}/approve")
	@Operation(operationId = "approveArtifact", summary = "Approve an artifact in review (CLIENT)")
	ResponseEntity<ArtifactView> approve(Caller caller, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return withETag(this.artifacts.approve(caller, id, ifMatch));
	}

	@PostMapping("/{id}/request-changes")
	@Operation(operationId = "requestArtifactChanges", summary = "Send an artifact in review back to draft (CLIENT)")
	ResponseEntity<ArtifactView> requestChanges(Caller caller, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody RequestChangesRequest request) {
		return withETag(this.artifacts.requestChanges(caller, id, ifMatch, request));
	}

	@GetMapping("/{id}/events")
	@Operation(operationId = "listArtifactEvents", summary = "The artifact's audit trail, oldest first")
	PageResponse<ArtifactEvent> events(Caller caller, @PathVariable String id,
			@RequestParam(name = "page", defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(100) int size) {
		return PageResponse.of(this.artifacts.events(caller, id, PageRequest.of(page, size)), (event) -> event);
	}

	private static ResponseEntity<ArtifactView> withETag(ArtifactView artifact) {
		return ResponseEntity.ok().eTag(ETags.of(artifact.version())).body(artifact);
	}

}
