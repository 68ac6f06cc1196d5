package io.kairos.analytics.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share as a percentage: 100 × numerator ÷ denominator, two decimals, half up. No denominator (nothing counted):
 * no value (null), never 0 % or 100 %.
 */
public final class Ratio {

	private Ratio() {
	}

	public static Figure percent(long numerator, long denominator) {
		BigDecimal value = denominator == 0 ? null
				: BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
		return new Figure(value, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
	}

	/** {@code numerator × per ÷ denominator}, two decimals, e.g. complaints per 10,000 customers. */
	public static Figure per(long numerator, long denominator, long per) {
		BigDecimal value = denominator == 0 ? null
				: BigDecimal.valueOf(numerator)
					.multiply(BigDecimal.valueOf(per))
					.divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
		return new Figure(value, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
	}

	/** A mean duration in minutes from a total in seconds and a count: numerator is the total in minutes. */
	public static Figure meanMinutes(long totalSeconds, long count) {
		BigDecimal minutes = BigDecimal.valueOf(totalSeconds).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
		BigDecimal value = count == 0 ? null
				: BigDecimal.valueOf(totalSeconds).divide(BigDecimal.valueOf(60L * count), 2, RoundingMode.HALF_UP);
		return new Figure(value, minutes, BigDecimal.valueOf(count));
	}

}
