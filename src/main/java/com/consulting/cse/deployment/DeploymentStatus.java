package com.consulting.cse.deployment;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A deployment is {@code requested} until its outcome is recorded, once.
 */
public enum DeploymentStatus {

	REQUESTED, SUCCEEDED, FAILED;

	@JsonValue
	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}

}
