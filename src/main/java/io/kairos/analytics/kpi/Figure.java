package io.kairos.analytics.kpi;

import java.math.BigDecimal;

/** A computed KPI: value with its numerator and denominator (either may be null where the KPI has none). */
public record Figure(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

	public static Figure count(long count) {
		return new Figure(BigDecimal.valueOf(count), BigDecimal.valueOf(count), null);
	}

}
