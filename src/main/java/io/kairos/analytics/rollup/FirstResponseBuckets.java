package io.kairos.analytics.rollup;

import java.util.List;

/**
 * The fixed business-minute buckets of the first-response histogram. Bucket {@code i} holds responses of at least
 * {@code LOWER[i]} and under {@code LOWER[i + 1]} business minutes; the last bucket is open (≥ 4,800 minutes,
 * ten 8-hour business days). Resolution: 5 minutes up to 20, then widening to match how SLA targets are set
 * (15, 30, 60, 240 minutes, 8, 16, 24, 40 hours). A median read from it is exact to within its bucket's width.
 */
public final class FirstResponseBuckets {

	/** Lower bounds in business minutes; 20 buckets, as many as the {@code FRT_Hnn} measures. */
	public static final List<Integer> LOWER = List.of(0, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480,
			720, 960, 1440, 1920, 2400, 4800);

	private FirstResponseBuckets() {
	}

	/** The bucket of a duration in business seconds. */
	public static int of(long seconds) {
		double minutes = seconds / 60.0;
		int bucket = 0;
		for (int i = 1; i < LOWER.size(); i++) {
			if (minutes >= LOWER.get(i)) {
				bucket = i;
			}
		}
		return bucket;
	}

}
