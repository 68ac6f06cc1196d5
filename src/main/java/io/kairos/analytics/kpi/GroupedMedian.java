package io.kairos.analytics.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The median of grouped data (a histogram): {@code L + (n/2 − F) ÷ f × w}, where L is the lower bound of the bucket
 * holding the middle observation, F the count below that bucket, f the bucket's count and w its width — the
 * standard interpolation formula for grouped frequency distributions (e.g. Spiegel &amp; Stephens, Schaum's Outline
 * of Statistics, 4th ed., 2008, ch. 3, "Median of grouped data"). The last bucket is open-ended: a median there
 * is reported as its lower bound.
 */
public final class GroupedMedian {

	private GroupedMedian() {
	}

	/** The median, two decimals; null when the histogram is empty. */
	public static BigDecimal of(List<Integer> lowerBounds, long[] counts) {
		if (lowerBounds.size() != counts.length) {
			throw new IllegalArgumentException("One count per bucket");
		}
		long n = 0;
		for (long count : counts) {
			n += count;
		}
		if (n == 0) {
			return null;
		}
		double half = n / 2.0;
		long below = 0;
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0 && below + counts[i] >= half) {
				if (i == counts.length - 1) {
					return BigDecimal.valueOf(lowerBounds.get(i)).setScale(2, RoundingMode.HALF_UP);
				}
				double width = lowerBounds.get(i + 1) - lowerBounds.get(i);
				double median = lowerBounds.get(i) + (half - below) / counts[i] * width;
				return BigDecimal.valueOf(median).setScale(2, RoundingMode.HALF_UP);
			}
			below += counts[i];
		}
		return null;
	}

}
