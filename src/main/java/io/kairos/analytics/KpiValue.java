package io.kairos.analytics;

import java.math.BigDecimal;

/**
 * One KPI in one group: the value with what it was computed from (a rate's numerator and denominator, a mean's
 * total and count; null where a figure has none), the target and the status against it (null when no target is
 * set or there is no value). {@code group} is the group's key: {@code all}, an ISO date (day, week's Monday,
 * month's first day), a team/agent/category id (0 = none) or a channel/tier/type code ({@code -} = none).
 */
public record KpiValue(String group, Kpi kpi, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
		BigDecimal target, KpiStatus status) {

	public String code() {
		return kpi.code();
	}

	public Kpi.Unit unit() {
		return kpi.unit();
	}

}
