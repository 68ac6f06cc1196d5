package io.kairos.voc.score;

import java.util.List;

/**
 * Point-biserial correlation between a measured value (a MOT score, a SERVQUAL item gap) and a two-group split
 * (promoter = 1, detractor = 0): r = (M₁ − M₀) / sₙ · √(p·q), with sₙ the standard deviation of all values
 * (divisor n), p and q the two groups' shares (Tate 1954, "Correlation between a discrete and a continuous
 * variable. Point-biserial correlation", Annals of Mathematical Statistics 25(3)). It equals Pearson's r with the
 * group coded 0/1. Used for driver analysis; it measures association, not cause.
 */
public final class PointBiserial {

	private PointBiserial() {
	}

	/** How many observations had this value in this group. */
	public record Cell(double value, boolean promoter, long count) {
	}

	/** r in −1..1, with the group sizes; r null when a group is empty or all values are equal. */
	public record Result(Double r, long promoters, long detractors, Double promoterMean, Double detractorMean) {

		public long n() {
			return promoters + detractors;
		}

	}

	public static Result of(List<Cell> cells) {
		long n1 = 0;
		long n0 = 0;
		double sum1 = 0;
		double sum0 = 0;
		double sumSquares = 0;
		for (Cell cell : cells) {
			if (cell.promoter()) {
				n1 += cell.count();
				sum1 += cell.value() * cell.count();
			}
			else {
				n0 += cell.count();
				sum0 += cell.value() * cell.count();
			}
			sumSquares += cell.value() * cell.value() * cell.count();
		}
		long n = n1 + n0;
		Double m1 = n1 == 0 ? null : sum1 / n1;
		Double m0 = n0 == 0 ? null : sum0 / n0;
		if (n1 == 0 || n0 == 0) {
			return new Result(null, n1, n0, m1, m0);
		}
		double mean = (sum1 + sum0) / n;
		double variance = sumSquares / n - mean * mean;
		if (variance <= 1e-12) {
			return new Result(null, n1, n0, m1, m0);
		}
		double p = (double) n1 / n;
		double r = (m1 - m0) / Math.sqrt(variance) * Math.sqrt(p * (1 - p));
		return new Result(r, n1, n0, m1, m0);
	}

}
