package io.kairos.customer;

import java.time.Instant;

/** A customer's personal data was anonymised; the row and its statistics remain. Carries the id only. */
public record CustomerErased(CustomerId customerId, Instant erasedAt) {
}
