package com.consulting.cse.artifact;

import java.time.Instant;
import java.util.Map;

record ArtifactView(String id, ArtifactKind kind, String title, String clientId, Map<String, Object> content,
		ArtifactStatus status, long version, String createdBy, Instant createdAt, Instant updatedAt, String approvedBy,
		Instant approvedAt, Long approvedVersion, String contentSha256, String solutionId, String journeyId) {

	static ArtifactView of(Artifact artifact) {
		String implementation = artifact.implementationId();
		return new ArtifactView(artifact.id(), artifact.kind(), artifact.title(), artifact.clientId(),
				artifact.content(), artifact.status(), artifact.version(), artifact.createdBy(), artifact.createdAt(),
				artifact.updatedAt(), artifact.approvedBy(), artifact.approvedAt(), artifact.approvedVersion(),
				artifact.contentSha256(), (artifact.kind() == ArtifactKind.SOLUTION) ? implementation : null,
				(artifact.kind() == ArtifactKind.JOURNEY) ? implementation : null);
	}

}
