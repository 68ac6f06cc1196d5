package io.kairos.customer;

/**
 * What other modules may know about a customer at a glance; the mobile number is always masked.
 * {@code accountManagerId} is the staff user (identity module) who looks after the customer, or {@code null}.
 */
public record CustomerSummary(CustomerId id, String name, String maskedMobile, String tier, LifecycleStage stage,
		Long accountManagerId) {
}
