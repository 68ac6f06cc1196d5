package io.kairos.analytics.api;

import java.math.BigDecimal;

import io.kairos.analytics.KpiValue;

/** One KPI value over the API: codes in lower case, unit, figures, target and status. */
record KpiView(String group, String kpi, String unit, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
		BigDecimal target, String status) {

	static KpiView of(KpiValue value) {
		return new KpiView(value.group(), value.kpi().code(), value.kpi().unit().name().toLowerCase(java.util.Locale.ROOT),
				value.value(), value.numerator(), value.denominator(), value.target(),
				value.status() == null ? null : value.status().name());
	}

}
