package com.consulting.cse.solution;

import java.util.Map;

import jakarta.validation.constraints.Pattern;

/**
 * What to deploy for: all optional; the client rule decides the client, the strategy defaults to
 * {@code standard}.
 */
record DeployRequest(@Pattern(regexp = "[a-z0-9][a-z0-9_-]{1,62}") String clientId, Map<String, Object> context,
		@Pattern(regexp = "[a-z][a-z0-9_-]{0,31}") String deploymentStrategy) {

	static final DeployRequest EMPTY = new DeployRequest(null, null, null);

	String strategyOrDefault() {
		return (this.deploymentStrategy != null) ? this.deploymentStrategy : "standard";
	}

}
