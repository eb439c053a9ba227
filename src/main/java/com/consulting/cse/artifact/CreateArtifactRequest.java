package com.consulting.cse.artifact;

import java.util.Map;

import com.consulting.cse.content.Text;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

record CreateArtifactRequest(@NotNull ArtifactKind kind, @NotNull @Text String title,
		@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9_-]{1,62}") String clientId, @NotNull Map<String, Object> content) {
}
