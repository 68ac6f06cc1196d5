package io.kairos.customer.tier;

/** The body of {@code PUT /api/v1/customers/{id}/tier-override}: a tier of the ladder, why, and until when. */
public record TierOverrideRequest(String tier, String reason, String expiresOn) {
}
