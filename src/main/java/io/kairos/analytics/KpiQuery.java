package io.kairos.analytics;

import java.time.LocalDate;

/**
 * A request for KPI values: the days {@code from}–{@code to} inclusive (in the reporting time zone), how to group,
 * and optional filters (null = all): team id, channel code, tier code, ticket type code, agent (staff id).
 */
public record KpiQuery(LocalDate from, LocalDate to, GroupBy groupBy, Long team, String channel, String tier,
		String type, Long agent) {

	public KpiQuery {
		if (from == null || to == null || from.isAfter(to)) {
			throw new IllegalArgumentException("A KPI query needs from ≤ to");
		}
		groupBy = groupBy == null ? GroupBy.NONE : groupBy;
	}

	/** The whole period in one group, no filters. */
	public static KpiQuery of(LocalDate from, LocalDate to) {
		return new KpiQuery(from, to, GroupBy.NONE, null, null, null, null, null);
	}

	public KpiQuery groupedBy(GroupBy by) {
		return new KpiQuery(from, to, by, team, channel, tier, type, agent);
	}

	public KpiQuery forTeam(Long teamId) {
		return new KpiQuery(from, to, groupBy, teamId, channel, tier, type, agent);
	}

	public KpiQuery forTier(String tierCode) {
		return new KpiQuery(from, to, groupBy, team, channel, tierCode, type, agent);
	}

	public KpiQuery forAgent(Long staffId) {
		return new KpiQuery(from, to, groupBy, team, channel, tier, type, staffId);
	}

}
