package com.consulting.cse.journey;

import java.util.Map;

import com.consulting.cse.content.Text;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Either {@code artifact_id} alone (convert an approved artifact) or {@code name} and {@code definition},
 * with an optional {@code client_id} (create directly).
 */
record CreateJourneyRequest(@Size(min = 1, max = 64) String artifactId, @Text String name,
		Map<String, Object> definition, @Pattern(regexp = "[a-z0-9][a-z0-9_-]{1,62}") String clientId) {

	@AssertTrue(message = "give either artifact_id alone, or name and definition (and optionally client_id)")
	boolean isOneKind() {
		return (this.artifactId != null) ? (this.name == null && this.definition == null && this.clientId == null)
				: (this.name != null && this.definition != null);
	}

}
