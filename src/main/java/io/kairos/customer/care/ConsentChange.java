package io.kairos.customer.care;

import jakarta.validation.constraints.NotNull;

/** Records a customer's consent on a channel, with where it was given (a {@link ConsentSource} code). */
public record ConsentChange(@NotNull(message = "{validation.required}") ConsentStatus status,
		@NotNull(message = "{validation.required}") ConsentSource source) {
}
