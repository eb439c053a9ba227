package com.consulting.cse.solution;

import java.time.Instant;
import java.util.Map;

record SolutionView(String id, String name, String clientId, Map<String, Object> definition, String artifactId,
		Long artifactVersion, String contentSha256, Map<String, Object> metadata, String createdBy,
		Instant createdAt) {

	static SolutionView of(Solution solution) {
		return new SolutionView(solution.id(), solution.name(), solution.clientId(), solution.definition(),
				solution.artifactId(), solution.artifactVersion(), solution.contentSha256(), solution.metadata(),
				solution.createdBy(), solution.createdAt());
	}

}
