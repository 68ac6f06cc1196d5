package io.kairos.customer.value;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A recorded value fact. */
public record ValueFactView(long id, long customer, BigDecimal amount, String currency, LocalDate occurredOn,
		ValueKind kind) {
}
