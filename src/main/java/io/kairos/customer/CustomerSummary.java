package io.kairos.customer;

/** What other modules may know about a customer at a glance; the mobile number is always masked. */
public record CustomerSummary(CustomerId id, String name, String maskedMobile, String tier, LifecycleStage stage) {
}
