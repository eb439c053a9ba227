package com.consulting.cse.execution;

import java.util.List;
import java.util.Map;

import com.consulting.cse.content.JourneySteps;

/**
 * An execution to record, after the journey feature has decided which client it runs for.
 *
 * @param journeyId the executed journey
 * @param clientId the effective client, {@code null} for an unscoped run
 * @param userId the authenticated user who asked
 * @param executionMode how to execute
 * @param context what is handed downstream, its {@code client_id} already set to {@code clientId}
 * @param contentSha256 the digest of the journey's content
 * @param steps the journey's steps, in order
 */
public record NewExecution(String journeyId, String clientId, String userId, String executionMode,
		Map<String, Object> context, String contentSha256, List<JourneySteps.Step> steps) {
}
