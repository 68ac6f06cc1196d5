package io.kairos.journey.mot;

import java.util.Collection;

/**
 * The MOT index of a group of scored interactions (SPEC §4.3): the mean score on the −3..+3 value scale, the count,
 * the share of negative moments (score below 0) and the share of moments that exceeded the expectation (+3).
 * Shares are fractions 0..1; an empty group has count 0 and no mean.
 */
public record MotIndex(int count, Double mean, Double negativeShare, Double topShare) {

	public static final MotIndex EMPTY = new MotIndex(0, null, null, null);

	public static MotIndex of(Collection<Integer> scores) {
		if (scores.isEmpty()) {
			return EMPTY;
		}
		long sum = 0;
		int negative = 0;
		int top = 0;
		for (int score : scores) {
			if (score < -3 || score > 3) {
				throw new IllegalArgumentException("Outside the value scale: " + score);
			}
			sum += score;
			negative += score < 0 ? 1 : 0;
			top += score == 3 ? 1 : 0;
		}
		int n = scores.size();
		return new MotIndex(n, round((double) sum / n), round((double) negative / n), round((double) top / n));
	}

	/** Four decimals: enough for a mean on a seven-point scale and a share in per mille. */
	static Double round(double value) {
		return Math.round(value * 10_000d) / 10_000d;
	}

	public boolean negativeMoment() {
		return mean != null && mean < 0;
	}

}
