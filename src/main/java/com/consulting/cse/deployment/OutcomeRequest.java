package com.consulting.cse.deployment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.CodePointLength;

record OutcomeRequest(@NotNull DeploymentStatus status,
		@CodePointLength(max = 2000) @Schema(maxLength = 2000)
				@Pattern(regexp = "[^\\x00\\p{Cs}]*", message = "must not contain NUL characters") String detail) {
}
