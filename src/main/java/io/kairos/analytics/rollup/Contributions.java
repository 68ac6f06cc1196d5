package io.kairos.analytics.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import io.kairos.desk.TicketFact;
import io.kairos.desk.TicketType;

/**
 * What one ticket fact adds to the roll-ups: per row key, how much to each counter. Each counter goes to the day
 * its event happened (opened on the creation day, resolution figures on the resolution day, the first response on
 * its day, SLA outcomes on the day they were judged, callbacks on their due day, promises on their settlement
 * day), in the reporting time zone. Pure: the same fact always gives the same contribution, so the change of a
 * ticket is new contribution minus old, and a replayed event, which reads the same fact, changes nothing.
 */
public final class Contributions {

	private Contributions() {
	}

	/** The contribution of a fact; empty for no fact. */
	public static Map<RollupKey, long[]> of(TicketFact fact, ZoneId zone) {
		Map<RollupKey, long[]> rows = new TreeMap<>();
		if (fact == null) {
			return rows;
		}
		Adder add = new Adder(fact, zone, rows);
		add.to(fact.createdAt(), Measure.OPENED, 1);
		if (fact.type() == TicketType.COMPLAINT) {
			add.to(fact.createdAt(), Measure.OPENED_COMPLAINTS, 1);
		}
		if (fact.resolvedAt() != null) {
			add.to(fact.resolvedAt(), Measure.RESOLVED, 1);
			if (Boolean.TRUE.equals(fact.firstContactResolution())) {
				add.to(fact.resolvedAt(), Measure.RESOLVED_FCR, 1);
			}
			if (fact.reopenCount() > 0) {
				add.to(fact.resolvedAt(), Measure.RESOLVED_REOPENED, 1);
			}
			if (fact.resolutionSeconds() != null) {
				add.to(fact.resolvedAt(), Measure.RESOLUTION_SECS, fact.resolutionSeconds());
			}
		}
		if (fact.firstResponseAt() != null && fact.firstResponseSeconds() != null) {
			add.to(fact.firstResponseAt(), Measure.RESPONDED, 1);
			add.to(fact.firstResponseAt(), Measure.RESPONSE_SECS, fact.firstResponseSeconds());
			add.to(fact.firstResponseAt(),
					Measure.firstResponseBucket(FirstResponseBuckets.of(fact.firstResponseSeconds())), 1);
		}
		if (fact.firstResponseSla() != null) {
			add.to(fact.firstResponseSla().at(), Measure.FRT_SLA_N, 1);
			if (fact.firstResponseSla().met()) {
				add.to(fact.firstResponseSla().at(), Measure.FRT_SLA_MET, 1);
			}
		}
		if (fact.resolutionSla() != null) {
			add.to(fact.resolutionSla().at(), Measure.RES_SLA_N, 1);
			if (fact.resolutionSla().met()) {
				add.to(fact.resolutionSla().at(), Measure.RES_SLA_MET, 1);
			}
		}
		for (TicketFact.Callback callback : fact.callbacks()) {
			// Only callbacks that fell due count: a pending one is not late yet, a cancelled one is not owed.
			boolean done = "DONE".equals(callback.status());
			if (done || "DUE".equals(callback.status())) {
				add.to(callback.dueAt(), Measure.CB_DUE, 1);
			}
			if (done) {
				add.to(callback.dueAt(), Measure.CB_DONE, 1);
				if (callback.completedAt() != null && !callback.completedAt().isAfter(callback.dueAt())) {
					add.to(callback.dueAt(), Measure.CB_ON_TIME, 1);
				}
			}
		}
		for (TicketFact.Promise promise : fact.promises()) {
			boolean kept = "KEPT".equals(promise.status());
			if (kept || "BROKEN".equals(promise.status())) {
				Instant settled = promise.settledAt() != null ? promise.settledAt() : promise.dueAt();
				add.to(settled, Measure.PROMISE_SETTLED, 1);
				if (kept) {
					add.to(settled, Measure.PROMISE_KEPT, 1);
				}
			}
		}
		return rows;
	}

	/** {@code after − before} per key, leaving out keys whose counters do not change. */
	public static Map<RollupKey, long[]> delta(Map<RollupKey, long[]> before, Map<RollupKey, long[]> after) {
		Map<RollupKey, long[]> delta = new TreeMap<>();
		after.forEach((key, counters) -> delta.put(key, counters.clone()));
		before.forEach((key, counters) -> {
			long[] row = delta.computeIfAbsent(key, k -> new long[Measure.ALL.size()]);
			for (int i = 0; i < row.length; i++) {
				row[i] -= counters[i];
			}
		});
		delta.values().removeIf(Contributions::zero);
		return delta;
	}

	static boolean zero(long[] counters) {
		for (long counter : counters) {
			if (counter != 0) {
				return false;
			}
		}
		return true;
	}

	private record Adder(TicketFact fact, ZoneId zone, Map<RollupKey, long[]> rows) {

		void to(Instant at, Measure measure, long amount) {
			LocalDate date = at.atZone(zone).toLocalDate();
			long team = fact.teamId() == null ? 0 : fact.teamId();
			String tier = fact.customerTier() == null || fact.customerTier().isBlank() ? "-" : fact.customerTier();
			String channel = fact.channel().name();
			String type = fact.type().name();
			long agent = fact.assigneeId() == null ? 0 : fact.assigneeId();
			long category = fact.categoryId() == null ? 0 : fact.categoryId();
			add(new RollupKey(RollupTable.DAILY, date, team, channel, tier, type, 0), measure, amount);
			add(new RollupKey(RollupTable.AGENT, date, team, channel, tier, type, agent), measure, amount);
			add(new RollupKey(RollupTable.CATEGORY, date, team, channel, tier, type, category), measure, amount);
			add(new RollupKey(RollupTable.TOTAL, date, 0, "-", "-", "-", 0), measure, amount);
		}

		private void add(RollupKey key, Measure measure, long amount) {
			rows.computeIfAbsent(key, k -> new long[Measure.ALL.size()])[measure.ordinal()] += amount;
		}

	}

}
