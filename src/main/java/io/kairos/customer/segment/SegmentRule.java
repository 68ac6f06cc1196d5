package io.kairos.customer.segment;

import java.util.List;

/**
 * A segment's rule: an OR of AND-groups. A customer is a member when every condition of at least one group
 * holds. Fields and operators are names from an allow-list ({@link SegmentSql}); anything else is refused.
 */
public record SegmentRule(List<Group> groups) {

	/** Conditions that must all hold. */
	public record Group(List<Condition> conditions) {
	}

	/** One test on a customer attribute, e.g. {@code tier in [GOLD, DIAMOND]}. */
	public record Condition(String field, String operator, List<String> values) {
	}

}
