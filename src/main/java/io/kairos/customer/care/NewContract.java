package io.kairos.customer.care;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A service contract or warranty to record for a customer; it runs from {@code startsOn} to {@code endsOn}, both included. */
public record NewContract(@NotNull(message = "{validation.required}") ContractKind kind,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}") String title,
		@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.max-length}") String coverage,
		@NotNull(message = "{validation.required}") LocalDate startsOn,
		@NotNull(message = "{validation.required}") LocalDate endsOn) {
}
