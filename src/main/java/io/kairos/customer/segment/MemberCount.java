package io.kairos.customer.segment;

/** How many customers a rule matches now. */
public record MemberCount(long memberCount) {
}
