package com.consulting.cse.client;

import com.consulting.cse.content.Text;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

record CreateClientRequest(@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9_-]{1,62}") String clientId,
		@NotNull @Text String name) {
}
