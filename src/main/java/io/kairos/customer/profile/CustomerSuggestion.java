package io.kairos.customer.profile;

/** A customer offered by autocomplete: id, name, mobile masked, tier. */
public record CustomerSuggestion(long id, String name, String mobile, String tier) {
}
