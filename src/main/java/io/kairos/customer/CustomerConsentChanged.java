package io.kairos.customer;

import java.time.Instant;

/**
 * A customer granted or withdrew consent to be contacted on a channel; {@code source} is the code of where (FORM, API,
 * IMPORT, PHONE_CALL, WECHAT, STORE, EMAIL, OTHER).
 */
public record CustomerConsentChanged(CustomerId customer, String channel, boolean granted, String source, Instant at) {
}
