package io.kairos.customer;

import java.time.Instant;

/** A customer was put in a lifecycle stage: {@code from} is null when the customer was just added. */
public record CustomerStageChanged(CustomerId customer, LifecycleStage from, LifecycleStage to, Instant at) {
}
