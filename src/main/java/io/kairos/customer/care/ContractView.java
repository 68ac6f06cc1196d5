package io.kairos.customer.care;

import java.time.Instant;
import java.time.LocalDate;

/** A contract as shown: {@code expired} once its end date has passed. */
public record ContractView(long id, long customer, String customerName, ContractKind kind, String title,
		String coverage, LocalDate startsOn, LocalDate endsOn, String status, boolean expired, Instant createdAt) {
}
