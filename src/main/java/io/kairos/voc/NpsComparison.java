package io.kairos.voc;

/**
 * Did NPS move between two independent samples (before / after a service change, SPEC §5.2 "the exam paper")?
 * The difference after − before with SE = √(Var₁/n₁ + Var₂/n₂) and z = difference / SE, its two-sided p-value
 * from the standard normal distribution and the 95% interval of the difference (Rocks 2016, §4, the Wald test for
 * two independent Net Promoter Scores). Significant means p &lt; 0.05.
 */
public record NpsComparison(NetPromoterScore before, NetPromoterScore after) {

	public static final double ALPHA = 0.05;

	/** after − before, in NPS points (unrounded); NaN when either sample is empty. */
	public double difference() {
		return after.score() - before.score();
	}

	/** The standard error of the difference, in NPS points. */
	public double standardError() {
		if (before.n() == 0 || after.n() == 0) {
			return Double.NaN;
		}
		return 100 * Math.sqrt(before.variance() / before.n() + after.variance() / after.n());
	}

	/** z = difference / SE; NaN when the SE is zero or a sample is empty. */
	public double z() {
		double se = standardError();
		return se > 0 ? difference() / se : Double.NaN;
	}

	/** Two-sided p-value of z. */
	public double pValue() {
		double z = z();
		return Double.isNaN(z) ? Double.NaN : 2 * (1 - StandardNormal.cdf(Math.abs(z)));
	}

	public boolean significant() {
		double p = pValue();
		return !Double.isNaN(p) && p < ALPHA;
	}

	public Summary summary() {
		double se = standardError();
		return new Summary(before.summary(), after.summary(), NetPromoterScore.oneDecimal(difference()),
				NetPromoterScore.oneDecimal(difference() - NetPromoterScore.Z95 * se),
				NetPromoterScore.oneDecimal(difference() + NetPromoterScore.Z95 * se), round(z(), 100),
				round(pValue(), 10000), significant());
	}

	private static Double round(double value, double scale) {
		return Double.isNaN(value) ? null : Math.round(value * scale) / scale;
	}

	/** The comparison as the API shows it: both periods, the difference with its 95% interval, z and p. */
	public record Summary(NetPromoterScore.Summary before, NetPromoterScore.Summary after, Double difference,
			Double differenceLow, Double differenceHigh, Double z, Double p, boolean significant) {
	}

}
