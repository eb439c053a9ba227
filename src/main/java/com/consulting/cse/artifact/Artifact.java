package com.consulting.cse.artifact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.consulting.cse.content.ContentDigest;
import com.consulting.cse.web.ApiException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An artifact and its audit trail, kept in one document so that a transition and its event are written
 * together. Every transition is guarded here; the revision makes racing writes fail instead of both winning.
 */
@Document("artifacts")
@CompoundIndex(name = "created", def = "{'created_at': -1, '_id': -1}")
@CompoundIndex(name = "client_created", def = "{'client_id': 1, 'created_at': -1, '_id': -1}")
@CompoundIndex(name = "client_status_created", def = "{'client_id': 1, 'status': 1, 'created_at': -1, '_id': -1}")
@CompoundIndex(name = "client_kind_created", def = "{'client_id': 1, 'kind': 1, 'created_at': -1, '_id': -1}")
class Artifact {

	@Id
	private final String id;

	private final ArtifactKind kind;

	private String title;

	private final String clientId;

	private Map<String, Object> content;

	private ArtifactStatus status;

	private long version;

	private final String createdBy;

	private final Instant createdAt;

	private Instant updatedAt;

	private String approvedBy;

	private Instant approvedAt;

	private Long approvedVersion;

	private String contentSha256;

	private String implementationId;

	private final List<ArtifactEvent> events;

	@Version
	private Long revision;

	Artifact(String id, ArtifactKind kind, String title, String clientId, Map<String, Object> content,
			ArtifactStatus status, long version, String createdBy, Instant createdAt, Instant updatedAt,
			String approvedBy, Instant approvedAt, Long approvedVersion, String contentSha256, String implementationId,
			List<ArtifactEvent> events, Long revision) {
		this.id = id;
		this.kind = kind;
		this.title = title;
		this.clientId = clientId;
		this.content = content;
		this.status = status;
		this.version = version;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.approvedBy = approvedBy;
		this.approvedAt = approvedAt;
		this.approvedVersion = approvedVersion;
		this.contentSha256 = contentSha256;
		this.implementationId = implementationId;
		this.events = (events != null) ? new ArrayList<>(events) : new ArrayList<>();
		this.revision = revision;
	}

	static Artifact draft(String id, ArtifactKind kind, String title, String clientId, Map<String, Object> content,
			String by, Instant now) {
		Artifact artifact = new Artifact(id, kind, title, clientId, content, ArtifactStatus.DRAFT, 1, by, now, now,
				null, null, null, null, null, List.of(), null);
		artifact.record(ArtifactEvent.Action.CREATED, null, by, now, null);
		return artifact;
	}

	void edit(String title, Map<String, Object> content, String by, Instant now) {
		require(ArtifactStatus.DRAFT, "edited");
		if (title != null) {
			this.title = title;
		}
		if (content != null) {
			this.content = content;
		}
		this.version++;
		record(ArtifactEvent.Action.UPDATED, ArtifactStatus.DRAFT, by, now, null);
	}

	void share(String by, Instant now) {
		moveTo(ArtifactStatus.REVIEW, ArtifactStatus.DRAFT, ArtifactEvent.Action.SHARED, by, now, null);
	}

	void approve(String by, Instant now) {
		moveTo(ArtifactStatus.APPROVED, ArtifactStatus.REVIEW, ArtifactEvent.Action.APPROVED, by, now, null);
		this.approvedBy = by;
		this.approvedAt = now;
		this.approvedVersion = this.version;
		this.contentSha256 = ContentDigest.of(this.content);
	}

	void requestChanges(String by, String comment, Instant now) {
		moveTo(ArtifactStatus.DRAFT, ArtifactStatus.REVIEW, ArtifactEvent.Action.CHANGES_REQUESTED, by, now, comment);
	}

	void implement(String implementationId, String by, Instant now) {
		moveTo(ArtifactStatus.IMPLEMENTED, ArtifactStatus.APPROVED, ArtifactEvent.Action.IMPLEMENTED, by, now, null);
		this.implementationId = implementationId;
	}

	private void moveTo(ArtifactStatus to, ArtifactStatus from, ArtifactEvent.Action action, String by, Instant now,
			String comment) {
		require(from, action.toString());
		this.status = to;
		record(action, from, by, now, comment);
	}

	private void require(ArtifactStatus expected, String what) {
		if (this.status != expected) {
			throw ApiException.invalidState(
					"The artifact is " + this.status + "; only a " + expected + " artifact can be " + what.replace('_', ' '));
		}
	}

	private void record(ArtifactEvent.Action action, ArtifactStatus from, String by, Instant now, String comment) {
		this.updatedAt = now;
		this.events.add(new ArtifactEvent(action, from, this.status, by, now, this.version, comment));
	}

	String id() {
		return this.id;
	}

	ArtifactKind kind() {
		return this.kind;
	}

	String title() {
		return this.title;
	}

	String clientId() {
		return this.clientId;
	}

	Map<String, Object> content() {
		return this.content;
	}

	ArtifactStatus status() {
		return this.status;
	}

	long version() {
		return this.version;
	}

	String createdBy() {
		return this.createdBy;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	String approvedBy() {
		return this.approvedBy;
	}

	Instant approvedAt() {
		return this.approvedAt;
	}

	Long approvedVersion() {
		return this.approvedVersion;
	}

	String contentSha256() {
		return this.contentSha256;
	}

	String implementationId() {
		return this.implementationId;
	}

	List<ArtifactEvent> events() {
		return List.copyOf(this.events);
	}

}
