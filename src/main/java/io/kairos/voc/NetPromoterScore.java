package io.kairos.voc;

/**
 * The Net Promoter Score of one sample (SPEC §5.2): promoters answered 9–10, passives 7–8, detractors 0–6;
 * NPS = %promoters − %detractors on −100..+100. Its 95% confidence interval uses the exact variance of the
 * difference of two proportions taken from one multinomial sample: Var = p + d − (p − d)², SE = √(Var / n)
 * (Rocks 2016, "Interval estimation for the Net Promoter Score", The American Statistician 70(4); the Wald
 * interval). Shown figures are rounded to one decimal; the unrounded ones stay available for comparisons.
 */
public record NetPromoterScore(long promoters, long passives, long detractors) {

	/** The two-sided 95% quantile of the standard normal distribution. */
	public static final double Z95 = 1.959963984540054;

	public NetPromoterScore {
		if (promoters < 0 || passives < 0 || detractors < 0) {
			throw new IllegalArgumentException("Counts are never negative");
		}
	}

	/** Counts the scores 0–10 of a sample. */
	public static NetPromoterScore of(int... scores) {
		long p = 0;
		long a = 0;
		long d = 0;
		for (int score : scores) {
			switch (group(score)) {
				case PROMOTER -> p++;
				case PASSIVE -> a++;
				case DETRACTOR -> d++;
			}
		}
		return new NetPromoterScore(p, a, d);
	}

	/** Which of the three groups a 0–10 answer falls in. */
	public static Group group(int score) {
		if (score < 0 || score > 10) {
			throw new IllegalArgumentException("An NPS answer is 0..10: " + score);
		}
		return score >= 9 ? Group.PROMOTER : score >= 7 ? Group.PASSIVE : Group.DETRACTOR;
	}

	public long n() {
		return promoters + passives + detractors;
	}

	/** p, the promoters' share (0..1). */
	public double promoterShare() {
		return n() == 0 ? 0 : (double) promoters / n();
	}

	/** d, the detractors' share (0..1). */
	public double detractorShare() {
		return n() == 0 ? 0 : (double) detractors / n();
	}

	/** NPS on −100..+100, unrounded; NaN for an empty sample. */
	public double score() {
		return n() == 0 ? Double.NaN : 100 * (promoterShare() - detractorShare());
	}

	/** Var = p + d − (p − d)², the variance of one answer scored +1 / 0 / −1 (on the −1..+1 scale). */
	public double variance() {
		double p = promoterShare();
		double d = detractorShare();
		return p + d - (p - d) * (p - d);
	}

	/** SE = √(Var / n) on the −100..+100 scale; NaN for an empty sample. */
	public double standardError() {
		return n() == 0 ? Double.NaN : 100 * Math.sqrt(variance() / n());
	}

	/** Lower bound of the 95% interval, unrounded, cut at −100. */
	public double lower() {
		return Math.max(-100, score() - Z95 * standardError());
	}

	/** Upper bound of the 95% interval, unrounded, cut at +100. */
	public double upper() {
		return Math.min(100, score() + Z95 * standardError());
	}

	/** The figures as reports show them: NPS and bounds to one decimal, null when nobody answered. */
	public Summary summary() {
		if (n() == 0) {
			return new Summary(0, 0, 0, 0, null, null, null);
		}
		return new Summary(n(), promoters, passives, detractors, oneDecimal(score()), oneDecimal(lower()),
				oneDecimal(upper()));
	}

	public static Double oneDecimal(double value) {
		if (Double.isNaN(value)) {
			return null;
		}
		double rounded = Math.round(value * 10) / 10.0;
		return rounded == 0 ? 0.0 : rounded;
	}

	public enum Group {

		PROMOTER, PASSIVE, DETRACTOR

	}

	/** {@code n, promoters, passives, detractors, nps, ciLow, ciHigh}, the shape of the NPS endpoints. */
	public record Summary(long n, long promoters, long passives, long detractors, Double nps, Double ciLow,
			Double ciHigh) {
	}

}
