package io.kairos.customer.profile;

import java.util.List;
import java.util.Map;

/**
 * What a customer list needs of segments to be narrowed to one: the segments to choose from, and the SQL
 * condition on {@code customer c} that selects a segment's members (its rule, with bound parameters only).
 * The segment part provides it.
 */
public interface SegmentFilters {

	/** The segments a list can be narrowed to, in id order. */
	List<Choice> choices();

	/** The members' condition of segment {@code id}; 400 naming {@code segment} when there is no such segment. */
	Condition condition(long id);

	/** A segment to choose, with its names in both languages. */
	record Choice(long id, String nameEn, String nameZh) {
	}

	/** A SQL condition on {@code customer c} and its named parameters. */
	record Condition(String sql, Map<String, Object> params) {
	}

}
