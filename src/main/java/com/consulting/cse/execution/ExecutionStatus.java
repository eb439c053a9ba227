package com.consulting.cse.execution;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An execution runs until its last step completes or it is cancelled.
 */
public enum ExecutionStatus {

	RUNNING, COMPLETED, CANCELLED;

	@JsonValue
	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}

}
