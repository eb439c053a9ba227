package com.consulting.cse.artifact;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.CodePointLength;

record RequestChangesRequest(
		@NotBlank @CodePointLength(max = 2000) @Schema(maxLength = 2000)
				@Pattern(regexp = "[^\\x00\\p{Cs}]*", message = "must not contain NUL characters") String comment) {
}
