package com.consulting.cse.artifact;

/** The optional filters of the artifact list. */
record ArtifactFilter(String clientId, ArtifactStatus status, ArtifactKind kind) {
}
