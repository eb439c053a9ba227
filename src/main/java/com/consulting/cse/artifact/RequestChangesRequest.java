package com.consulting.cse.artifact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record RequestChangesRequest(
		@NotBlank @Size(max = 2000) @Pattern(regexp = "[^\\x00\\p{Cs}]*", message = "must not contain NUL characters") String comment) {
}
