package io.kairos.analytics.kpi;

import java.math.BigDecimal;

import io.kairos.analytics.Kpi;
import io.kairos.analytics.KpiStatus;

/**
 * The target of a KPI: GREEN at or beyond {@code greenAt}, AMBER at or beyond {@code amberAt}, RED otherwise —
 * "beyond" meaning above for KPIs where higher is better and below where lower is better.
 */
public record KpiTarget(Kpi kpi, BigDecimal greenAt, BigDecimal amberAt, int version) {

	/** The status of a value; null for no value. */
	public KpiStatus status(BigDecimal value) {
		if (value == null) {
			return null;
		}
		boolean higher = kpi.direction() == Kpi.Direction.HIGHER;
		if (higher ? value.compareTo(greenAt) >= 0 : value.compareTo(greenAt) <= 0) {
			return KpiStatus.GREEN;
		}
		if (higher ? value.compareTo(amberAt) >= 0 : value.compareTo(amberAt) <= 0) {
			return KpiStatus.AMBER;
		}
		return KpiStatus.RED;
	}

	/** Amber must lie on the worse side of green, so the three bands are in order. */
	public boolean ordered() {
		return kpi.direction() == Kpi.Direction.HIGHER ? amberAt.compareTo(greenAt) <= 0
				: amberAt.compareTo(greenAt) >= 0;
	}

}
