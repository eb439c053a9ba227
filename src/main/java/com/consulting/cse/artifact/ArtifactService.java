package com.consulting.cse.artifact;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.client.ClientDirectory;
import com.consulting.cse.content.JourneySteps;
import com.consulting.cse.content.JsonObjects;
import com.consulting.cse.web.ApiException;
import com.consulting.cse.web.ETags;
import com.consulting.cse.web.Ids;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The artifact feature's application service: creating and editing drafts, moving artifacts through review,
 * and handing approved ones to the solution and journey features for conversion.
 */
@Service
public class ArtifactService {

	/** Largest artifact content, in bytes of canonical JSON. */
	public static final int MAX_CONTENT_BYTES = 256 * 1024;

	private final Artifacts artifacts;

	private final ClientDirectory clients;

	private final Clock clock;

	ArtifactService(Artifacts artifacts, ClientDirectory clients, Clock clock) {
		this.artifacts = artifacts;
		this.clients = clients;
		this.clock = clock;
	}

	ArtifactView create(Caller caller, CreateArtifactRequest request) {
		requireValidContent(request.kind(), request.content());
		this.clients.requireAuthorized(caller, request.clientId());
		Artifact artifact = Artifact.draft(Ids.next("art"), request.kind(), request.title(), request.clientId(),
				request.content(), caller.userId(), now());
		return ArtifactView.of(this.artifacts.insert(artifact));
	}

	ArtifactView get(Caller caller, String id) {
		return ArtifactView.of(find(caller, id));
	}

	Page<ArtifactView> list(Caller caller, ArtifactFilter filter, Pageable pageable) {
		return this.artifacts.findVisible(caller, filter, pageable).map(ArtifactView::of);
	}

	Page<ArtifactEvent> events(Caller caller, String id, Pageable pageable) {
		List<ArtifactEvent> events = find(caller, id).events();
		int from = (int) Math.min(pageable.getOffset(), events.size());
		int to = Math.min(from + pageable.getPageSize(), events.size());
		return new PageImpl<>(events.subList(from, to), pageable, events.size());
	}

	ArtifactView update(Caller caller, String id, String ifMatch, UpdateArtifactRequest request) {
		return change(caller, id, ifMatch, (artifact) -> {
			if (request.content() != null) {
				requireValidContent(artifact.kind(), request.content());
			}
			artifact.edit(request.title(), request.content(), caller.userId(), now());
		});
	}

	ArtifactView share(Caller caller, String id, String ifMatch) {
		return change(caller, id, ifMatch, (artifact) -> artifact.share(caller.userId(), now()));
	}

	ArtifactView approve(Caller caller, String id, String ifMatch) {
		return change(caller, id, ifMatch, (artifact) -> artifact.approve(caller.userId(), now()));
	}

	ArtifactView requestChanges(Caller caller, String id, String ifMatch, RequestChangesRequest request) {
		return change(caller, id, ifMatch,
				(artifact) -> artifact.requestChanges(caller.userId(), request.comment(), now()));
	}

	/**
	 * The approved artifact to convert into a {@code kind}, refusing one the caller cannot see (404), of
	 * another kind (400) or not approved (409).
	 */
	public ApprovedArtifact approvedForConversion(Caller caller, String id, ArtifactKind kind) {
		Artifact artifact = find(caller, id);
		if (artifact.kind() != kind) {
			throw ApiException.invalidField("artifact_id", "is a " + artifact.kind() + " artifact, not a " + kind);
		}
		if (artifact.status() != ArtifactStatus.APPROVED) {
			throw ApiException.invalidState("The artifact is " + artifact.status() + "; only an approved artifact can be converted");
		}
		return new ApprovedArtifact(artifact.id(), artifact.title(), artifact.clientId(), artifact.content(),
				artifact.version(), artifact.contentSha256());
	}

	/**
	 * Marks an approved artifact implemented by the solution or journey converted from it. Repeating this with
	 * the same implementation changes nothing, so a conversion and its repair may both call it.
	 */
	public void implement(Caller caller, String id, String implementationId) {
		for (int attempt = 0; attempt < 3; attempt++) {
			Artifact artifact = find(caller, id);
			if (artifact.status() == ArtifactStatus.IMPLEMENTED && implementationId.equals(artifact.implementationId())) {
				return;
			}
			artifact.implement(implementationId, caller.userId(), now());
			try {
				this.artifacts.save(artifact);
				return;
			}
			catch (OptimisticLockingFailureException ex) {
				// changed meanwhile: read it again and decide anew
			}
		}
		throw ApiException.invalidState("The artifact keeps changing; retry");
	}

	private ArtifactView change(Caller caller, String id, String ifMatch, Consumer<Artifact> transition) {
		Artifact artifact = find(caller, id);
		ETags.requireMatch(ifMatch, artifact.version());
		transition.accept(artifact);
		return ArtifactView.of(this.artifacts.save(artifact));
	}

	private Artifact find(Caller caller, String id) {
		return this.artifacts.findVisible(id, caller).orElseThrow(() -> ApiException.notFound("artifact", id));
	}

	private static void requireValidContent(ArtifactKind kind, Map<String, Object> content) {
		JsonObjects.require("content", content, MAX_CONTENT_BYTES);
		if (kind == ArtifactKind.JOURNEY) {
			JourneySteps.from("content", content);
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
