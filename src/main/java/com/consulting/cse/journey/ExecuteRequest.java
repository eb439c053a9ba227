package com.consulting.cse.journey;

import java.util.Map;

import jakarta.validation.constraints.Pattern;

/**
 * What to execute for: all optional; the client rule decides the client, the mode defaults to
 * {@code standard}.
 */
record ExecuteRequest(@Pattern(regexp = "[a-z0-9][a-z0-9_-]{1,62}") String clientId, Map<String, Object> context,
		@Pattern(regexp = "[a-z][a-z0-9_-]{0,31}") String executionMode) {

	static final ExecuteRequest EMPTY = new ExecuteRequest(null, null, null);

	String modeOrDefault() {
		return (this.executionMode != null) ? this.executionMode : "standard";
	}

}
