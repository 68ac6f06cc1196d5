package io.kairos.analytics.rollup;

import java.util.Map;

/**
 * Counter changes summed per roll-up row across many pages, so the rebuild writes each row once per flush instead
 * of once per page: tickets spread over a year touch a different row almost every time, and a page's own sum
 * saves little. The caller picks the map (a sorted one where rows must be written in key order).
 */
final class Sums<K> {

	private final Map<K, long[]> rows;

	Sums(Map<K, long[]> rows) {
		this.rows = rows;
	}

	/** Adds a page's changes. */
	void add(Map<K, long[]> page) {
		page.forEach((key, counters) -> {
			long[] row = rows.computeIfAbsent(key, k -> new long[counters.length]);
			for (int i = 0; i < row.length; i++) {
				row[i] += counters[i];
			}
		});
	}

	int size() {
		return rows.size();
	}

	/** The rows summed so far, without those whose changes cancelled out. */
	Map<K, long[]> rows() {
		rows.values().removeIf(Contributions::zero);
		return rows;
	}

	void clear() {
		rows.clear();
	}

}
