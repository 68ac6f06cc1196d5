package io.kairos.analytics.kpi;

import io.kairos.analytics.rollup.Measure;

/** Summed roll-up counters of one group, indexed by {@link Measure}. */
public record Sums(long[] counters) {

	public Sums {
		if (counters.length != Measure.ALL.size()) {
			throw new IllegalArgumentException("One counter per measure");
		}
	}

	public static Sums empty() {
		return new Sums(new long[Measure.ALL.size()]);
	}

	public long get(Measure measure) {
		return counters[measure.ordinal()];
	}

	/** Adds another group's counters into this one. */
	public void add(Sums other) {
		for (int i = 0; i < counters.length; i++) {
			counters[i] += other.counters[i];
		}
	}

}
