package com.consulting.cse.journey;

import java.time.Instant;
import java.util.Map;

record JourneyView(String id, String name, String clientId, Map<String, Object> definition, String artifactId,
		Long artifactVersion, String contentSha256, Map<String, Object> metadata, String createdBy,
		Instant createdAt) {

	static JourneyView of(Journey journey) {
		return new JourneyView(journey.id(), journey.name(), journey.clientId(), journey.definition(),
				journey.artifactId(), journey.artifactVersion(), journey.contentSha256(), journey.metadata(),
				journey.createdBy(), journey.createdAt());
	}

}
