package com.consulting.cse.deployment;

import java.util.Map;

/**
 * A deployment to record, after the solution feature has decided which client it runs for.
 *
 * @param solutionId the deployed solution
 * @param clientId the effective client, {@code null} for an unscoped run
 * @param userId the authenticated user who asked
 * @param deploymentStrategy how to deploy
 * @param context what is handed downstream, its {@code client_id} already set to {@code clientId}
 * @param contentSha256 the digest of the solution's content
 */
public record NewDeployment(String solutionId, String clientId, String userId, String deploymentStrategy,
		Map<String, Object> context, String contentSha256) {
}
