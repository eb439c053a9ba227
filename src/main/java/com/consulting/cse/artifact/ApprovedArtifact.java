package com.consulting.cse.artifact;

import java.util.Map;

/**
 * An approved artifact, as a conversion into a solution or journey needs it.
 */
public record ApprovedArtifact(String id, String title, String clientId, Map<String, Object> content, long version,
		String contentSha256) {
}
