package com.consulting.cse.deployment;

import java.time.Instant;
import java.util.Map;

/**
 * A deployment record as the API shows it.
 */
public record DeploymentView(String id, String solutionId, String clientId, String userId, String deploymentStrategy,
		Map<String, Object> context, DeploymentStatus status, String detail, String outcomeBy, Instant outcomeAt,
		String contentSha256, Instant createdAt, Instant updatedAt) {

	static DeploymentView of(Deployment deployment) {
		return new DeploymentView(deployment.id(), deployment.solutionId(), deployment.clientId(),
				deployment.userId(), deployment.deploymentStrategy(), deployment.context(), deployment.status(),
				deployment.detail(), deployment.outcomeBy(), deployment.outcomeAt(), deployment.contentSha256(),
				deployment.createdAt(), deployment.updatedAt());
	}

}
