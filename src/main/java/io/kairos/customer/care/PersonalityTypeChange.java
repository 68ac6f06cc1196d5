package io.kairos.customer.care;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** New names and strategy texts for a personality type. */
public record PersonalityTypeChange(
		@NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.max-length}") String nameEn,
		@NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.max-length}") String nameZh,
		@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.max-length}") String strategyEn,
		@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.max-length}") String strategyZh) {
}
