package com.consulting.cse.artifact;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an artifact becomes once approved and converted.
 */
public enum ArtifactKind {

	SOLUTION, JOURNEY;

	@JsonValue
	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}

}
