package io.kairos.customer.care;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Records a customer's consent on a channel, with where it was given (e.g. "hotline", "web form", "store"). */
public record ConsentChange(@NotNull(message = "{validation.required}") ConsentStatus status,
		@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.max-length}")
		@Pattern(regexp = "[^\\p{Cc}]*", message = "{validation.no-control-characters}") String source) {
}
