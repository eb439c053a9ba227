package com.consulting.cse.deployment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record OutcomeRequest(@NotNull DeploymentStatus status,
		@Size(max = 2000) @Pattern(regexp = "[^\\x00\\p{Cs}]*", message = "must not contain NUL characters") String detail) {
}
