package com.consulting.cse.execution;

import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One step of an execution: pending until completed, by whom and when.
 */
public record ExecutionStep(String key, String name, Status status, String completedBy, Instant completedAt) {

	public enum Status {

		PENDING, COMPLETED;

		@JsonValue
		@Override
		public String toString() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	static ExecutionStep pending(String key, String name) {
		return new ExecutionStep(key, name, Status.PENDING, null, null);
	}

	ExecutionStep complete(String by, Instant at) {
		return new ExecutionStep(this.key, this.name, Status.COMPLETED, by, at);
	}

}
