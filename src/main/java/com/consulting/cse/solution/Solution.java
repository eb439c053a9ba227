package com.consulting.cse.solution;

import java.time.Instant;
import java.util.Map;

import com.consulting.cse.artifact.ApprovedArtifact;
import com.consulting.cse.content.ContentDigest;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A deployable solution. One converted from an artifact keeps the artifact's client; one created directly
 * may have none (unscoped, as solutions written before client scoping). At most one solution exists per
 * artifact, which the unique index on {@code artifact_id} guarantees under racing conversions.
 */
@Document("solutions")
@CompoundIndex(name = "created", def = "{'created_at': -1, '_id': -1}")
@CompoundIndex(name = "client_created", def = "{'client_id': 1, 'created_at': -1, '_id': -1}")
class Solution {

	@Id
	private final String id;

	private final String name;

	private final String clientId;

	private final Map<String, Object> definition;

	@Indexed(unique = true, sparse = true)
	private final String artifactId;

	private final Long artifactVersion;

	private final String contentSha256;

	private final Map<String, Object> metadata;

	private final String createdBy;

	private final Instant createdAt;

	Solution(String id, String name, String clientId, Map<String, Object> definition, String artifactId,
			Long artifactVersion, String contentSha256, Map<String, Object> metadata, String createdBy,
			Instant createdAt) {
		this.id = id;
		this.name = name;
		this.clientId = clientId;
		this.definition = definition;
		this.artifactId = artifactId;
		this.artifactVersion = artifactVersion;
		this.contentSha256 = contentSha256;
		this.metadata = metadata;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	static Solution converted(String id, ApprovedArtifact artifact, String by, Instant now) {
		return new Solution(id, artifact.title(), artifact.clientId(), artifact.content(), artifact.id(),
				artifact.version(), artifact.contentSha256(), metadataFor(artifact.clientId()), by, now);
	}

	static Solution composed(String id, String name, String clientId, Map<String, Object> definition, String by,
			Instant now) {
		return new Solution(id, name, clientId, definition, null, null, ContentDigest.of(definition),
				metadataFor(clientId), by, now);
	}

	private static Map<String, Object> metadataFor(String clientId) {
		return (clientId != null) ? Map.of("client_id", clientId) : Map.of();
	}

	String id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	String clientId() {
		return this.clientId;
	}

	Map<String, Object> definition() {
		return this.definition;
	}

	String artifactId() {
		return this.artifactId;
	}

	Long artifactVersion() {
		return this.artifactVersion;
	}

	String contentSha256() {
		return this.contentSha256;
	}

	Map<String, Object> metadata() {
		return this.metadata;
	}

	String createdBy() {
		return this.createdBy;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
