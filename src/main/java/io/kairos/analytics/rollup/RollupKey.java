package io.kairos.analytics.rollup;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One roll-up row's key: the table, the day and the dimensions. {@code extra} is the agent in the agent table,
 * the category in the category table, 0 in the day table. "None" is 0 for ids and {@code -} for codes.
 */
public record RollupKey(RollupTable table, LocalDate date, long team, String channel, String tier, String type,
		long extra) implements Comparable<RollupKey> {

	/** Rows are always touched in this order, so two facts updating the same rows never deadlock. */
	private static final Comparator<RollupKey> ORDER = Comparator.comparing(RollupKey::table)
		.thenComparing(RollupKey::date)
		.thenComparingLong(RollupKey::team)
		.thenComparing(RollupKey::channel)
		.thenComparing(RollupKey::tier)
		.thenComparing(RollupKey::type)
		.thenComparingLong(RollupKey::extra);

	@Override
	public int compareTo(RollupKey other) {
		return ORDER.compare(this, other);
	}

}
