package io.kairos.customer.care;

/** Sets a customer's personality type by code; null clears it. */
public record PersonalityChoice(String type) {
}
