package io.kairos.analytics;

import java.util.Arrays;
import java.util.Optional;

/**
 * The KPIs Kairos reports (SPEC §11), with their unit and which way is better. Their formulas are in
 * {@code io.kairos.analytics.kpi} and docs/analytics.md.
 */
public enum Kpi {

	VOLUME("volume", Unit.COUNT, Direction.NONE),
	RESOLVED("resolved", Unit.COUNT, Direction.NONE),
	FCR("fcr", Unit.PERCENT, Direction.HIGHER),
	FIRST_RESPONSE_MEAN("first_response_mean", Unit.MINUTES, Direction.LOWER),
	FIRST_RESPONSE_MEDIAN("first_response_median", Unit.MINUTES, Direction.LOWER),
	RESOLUTION_MEAN("resolution_mean", Unit.MINUTES, Direction.LOWER),
	SLA_FIRST_RESPONSE("sla_first_response", Unit.PERCENT, Direction.HIGHER),
	SLA_RESOLUTION("sla_resolution", Unit.PERCENT, Direction.HIGHER),
	SLA_CALLBACK("sla_callback", Unit.PERCENT, Direction.HIGHER),
	CALLBACK_COMPLETION("callback_completion", Unit.PERCENT, Direction.HIGHER),
	REOPEN_RATE("reopen_rate", Unit.PERCENT, Direction.LOWER),
	PROMISE_KEPT("promise_kept", Unit.PERCENT, Direction.HIGHER),
	COMPLAINT_SHARE("complaint_share", Unit.PERCENT, Direction.LOWER),
	COMPLAINT_RATE("complaint_rate", Unit.PER_10000, Direction.LOWER),
	BACKLOG("backlog", Unit.COUNT, Direction.LOWER),
	BACKLOG_AGE_UNDER_1D("backlog_age_under_1d", Unit.COUNT, Direction.NONE),
	BACKLOG_AGE_1D_3D("backlog_age_1d_3d", Unit.COUNT, Direction.NONE),
	BACKLOG_AGE_3D_7D("backlog_age_3d_7d", Unit.COUNT, Direction.NONE),
	BACKLOG_AGE_OVER_7D("backlog_age_over_7d", Unit.COUNT, Direction.LOWER),
	NPS("nps", Unit.SCORE, Direction.HIGHER),
	CSAT("csat", Unit.PERCENT, Direction.HIGHER),
	MOT_INDEX("mot_index", Unit.SCORE, Direction.HIGHER);

	private final String code;

	private final Unit unit;

	private final Direction direction;

	Kpi(String code, Unit unit, Direction direction) {
		this.code = code;
		this.unit = unit;
		this.direction = direction;
	}

	public String code() {
		return code;
	}

	public Unit unit() {
		return unit;
	}

	public Direction direction() {
		return direction;
	}

	public static Optional<Kpi> ofCode(String code) {
		return Arrays.stream(values()).filter(kpi -> kpi.code.equals(code)).findFirst();
	}

	/**
	 * Percent values are 0–100; minutes are business minutes; per-10,000 is per 10,000 customers; a score is on the
	 * KPI's own scale (NPS −100..100, MOT index −3..+3).
	 */
	public enum Unit {
		COUNT, PERCENT, MINUTES, PER_10000, SCORE
	}

	/** Which way is better, for red/amber/green; NONE for plain volumes. */
	public enum Direction {
		HIGHER, LOWER, NONE
	}

}
