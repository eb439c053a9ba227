package com.consulting.cse.artifact;

import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One entry of an artifact's audit trail: who did what, when, from which status to which.
 */
record ArtifactEvent(Action action, ArtifactStatus fromStatus, ArtifactStatus toStatus, String actor, Instant at,
		long version, String comment) {

	enum Action {

		CREATED, UPDATED, SHARED, APPROVED, CHANGES_REQUESTED, IMPLEMENTED;

		@JsonValue
		@Override
		public String toString() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
