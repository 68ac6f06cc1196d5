package io.kairos.customer.profile;

/** The member of staff who looks after a customer, as reads show it. */
public record AccountManager(long id, String displayName) {
}
