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
	@Operation(operationId = "createArtifact", summary = "Create a draft artifact (ADMIN, STAFF)",
			description = "Starts an artifact for one of the caller's clients as a draft at version 1. A journey's "
					+ "content holds steps: [{key, name}], 1 to 200 unique keys.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ArtifactView> create(Caller caller, @Valid @RequestBody CreateArtifactRequest request) {
		ArtifactView artifact = this.artifacts.create(caller, request);
		return ResponseEntity.created(Locations.of("/artifacts/{id}", artifact.id()))
			.eTag(ETags.of(artifact.version()))
			.body(artifact);
	}

	@GetMapping
	@Operation(operationId = "listArtifacts", summary = "List artifacts (CLIENT users see no drafts)",
			description = "Artifacts of the caller's clients, filtered by client_id, status and kind. CLIENT users "
					+ "see only artifacts shared with them or later.")
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
	@Operation(operationId = "getArtifact", summary = "Read an artifact",
			description = "An artifact of one of the caller's clients. Its ETag is its version, for If-Match on the "
					+ "next change.")
	ResponseEntity<ArtifactView> get(Caller caller, @PathVariable String id) {
		return withETag(this.artifacts.get(caller, id));
	}

	@PatchMapping("/{id}")
	@Operation(operationId = "updateArtifact", summary = "Edit a draft (ADMIN, STAFF); bumps its version",
			description = "Changes a draft's title or content and bumps its version. Only drafts change: any other "
					+ "status answers 409 invalid_state.")
	ResponseEntity<ArtifactView> update(Caller caller, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody UpdateArtifactRequest request) {
		return withETag(this.artifacts.update(caller, id, ifMatch, request));
	}

	@PostMapping("/{id}/share")
	@Operation(operationId = "shareArtifact", summary = "Share a draft with the client for review (ADMIN, STAFF)",
			description = "Moves a draft to review, where the client's users see it. From any other status: 409 "
					+ "invalid_state. Of two racing transitions exactly one wins.")
	ResponseEntity<ArtifactView> share(Caller caller, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return withETag(this.artifacts.share(caller, id, ifMatch));
	}

	@PostMapping("/{id}/approve")
	@Operation(operationId = "approveArtifact", summary = "Approve an artifact in review (CLIENT)",
			description = "The client approves the version under review, recording approved_by, approved_at, "
					+ "approved_version and content_sha256. If-Match pins the version the user reviewed.")
	ResponseEntity<ArtifactView> approve(Caller caller, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return withETag(this.artifacts.approve(caller, id, ifMatch));
	}

	@PostMapping("/{id}/request-changes")
	@Operation(operationId = "requestArtifactChanges", summary = "Send an artifact in review back to draft (CLIENT)",
			description = "The client sends the artifact under review back to draft with a comment, kept in the audit"
					+ " trail.")
	ResponseEntity<ArtifactView> requestChanges(Caller caller, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody RequestChangesRequest request) {
		return withETag(this.artifacts.requestChanges(caller, id, ifMatch, request));
	}

	@GetMapping("/{id}/events")
	@Operation(operationId = "listArtifactEvents", summary = "The artifact's audit trail, oldest first",
			description = "The artifact's audit trail: who did what and when, from which status to which, oldest "
					+ "first.")
	PageResponse<ArtifactEvent> events(Caller caller, @PathVariable String id,
			@RequestParam(name = "page", defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(100) int size) {
		return PageResponse.of(this.artifacts.events(caller, id, PageRequest.of(page, size)), (event) -> event);
	}

	private static ResponseEntity<ArtifactView> withETag(ArtifactView artifact) {
		return ResponseEntity.ok().eTag(ETags.of(artifact.version())).body(artifact);
	}

}
