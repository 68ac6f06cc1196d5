package io.kairos.identity.token;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The command to create an API token. */
public record NewApiToken(@NotBlank(message = "{validation.required}") @Size(max = 100,
		message = "{validation.max-length}") @Pattern(regexp = "[^\\p{Cntrl}]*",
				message = "{validation.no-control-characters}") String name) {
}
