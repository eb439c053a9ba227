package com.consulting.cse.artifact;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an artifact is in its lifecycle: {@code draft → review → approved → implemented}, with
 * {@code review → draft} when the client requests changes.
 */
public enum ArtifactStatus {

	DRAFT, REVIEW, APPROVED, IMPLEMENTED;

	@JsonValue
	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}

}
