package io.kairos.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import io.kairos.analytics.rollup.Contributions;
import io.kairos.analytics.rollup.Measure;
import io.kairos.analytics.rollup.RollupKey;
import io.kairos.analytics.rollup.RollupTable;
import io.kairos.analytics.rollup.TicketProjector;
import io.kairos.desk.TicketFact;
import io.kairos.shared.time.Timestamps;

/**
 * The tickets behind a KPI figure (drill-down). Uses the very definition the roll-ups are made of: a ticket's fact
 * counts towards a day's counter exactly as {@link Contributions#of} says, and the roll-ups are the sum of those
 * contributions, so the tickets listed for a counter, a period and the dimension filters of a {@link KpiQuery} are
 * exactly the ones the figure counts; the backlog lists the open facts {@link Kpis} counts, in the same age buckets.
 * Reads analytics' own facts, never the desk's tables. A flow counter is found by reading the facts that match the
 * dimension filters and testing each, so a drill-down costs a scan of those facts (the figures themselves do not).
 */
@Service
public class KpiRecords {

	/** The most one page holds. */
	public static final int MAX_PAGE = 200;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ZoneId zone;

	private final java.time.Clock clock;

	KpiRecords(JdbcClient jdbc, JsonMapper json, TicketProjector projector, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.zone = projector.zone();
		this.clock = clock;
	}

	/**
	 * One page of the tickets a counter counts for the query's period and filters (its grouping is ignored), newest
	 * ticket first; {@code total} is the figure itself: the sum of every listed ticket's count.
	 */
	@Transactional(readOnly = true)
	public Records tickets(Counted counted, KpiQuery query, int offset, int size) {
		List<CountedTicket> all = counted.backlog() ? backlog(counted, query) : flow(counted, query);
		long total = all.stream().mapToLong(CountedTicket::count).sum();
		int from = Math.max(0, Math.min(offset, all.size()));
		int to = Math.min(all.size(), from + Math.max(1, Math.min(size, MAX_PAGE)));
		return new Records(total, all.size(), List.copyOf(all.subList(from, to)));
	}

	private List<CountedTicket> flow(Counted counted, KpiQuery query) {
		StringBuilder sql = new StringBuilder("select ticket_id, fact from analytics_ticket_fact where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		dimensions(sql, params, query);
		if (counted == Counted.VOLUME || counted == Counted.COMPLAINTS) {
			// Counted on the creation day: only tickets created in the period can count.
			sql.append(" and created_at >= :start and created_at < :end");
			params.put("start", Timestamps.utc(query.from().atStartOfDay(zone).toInstant()));
			params.put("end", Timestamps.utc(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		sql.append(" order by ticket_id desc");
		List<CountedTicket> found = new ArrayList<>();
		jdbc.sql(sql.toString()).params(params).query(rs -> {
			TicketFact fact = json.readValue(rs.getString("fact"), TicketFact.class);
			long count = count(counted, fact, query.from(), query.to());
			if (count > 0) {
				found.add(ticket(fact, count));
			}
		});
		return found;
	}

	/** What the fact adds to the counter over the period, summed over the day table's rows. */
	long count(Counted counted, TicketFact fact, LocalDate from, LocalDate to) {
		long[] sums = new long[Measure.ALL.size()];
		for (Map.Entry<RollupKey, long[]> row : Contributions.of(fact, zone).entrySet()) {
			RollupKey key = row.getKey();
			if (key.table() == RollupTable.DAILY && !key.date().isBefore(from) && !key.date().isAfter(to)) {
				for (int i = 0; i < sums.length; i++) {
					sums[i] += row.getValue()[i];
				}
			}
		}
		long count = sums[counted.measure().ordinal()];
		return counted.minus() == null ? count : count - sums[counted.minus().ordinal()];
	}

	private List<CountedTicket> backlog(Counted counted, KpiQuery query) {
		StringBuilder sql = new StringBuilder("""
				select ticket_id, created_at, channel, ticket_type, tier, team_id, agent_id, status
				from analytics_ticket_fact where is_open = true""");
		Map<String, Object> params = new HashMap<>();
		dimensions(sql, params, query);
		Instant now = clock.instant();
		Instant d1 = now.minus(Duration.ofDays(1));
		Instant d3 = now.minus(Duration.ofDays(3));
		Instant d7 = now.minus(Duration.ofDays(7));
		// The same buckets as the backlog figures: (d1, now], (d3, d1], (d7, d3], up to d7.
		switch (counted) {
			case BACKLOG_UNDER_1D -> range(sql, params, d1, null);
			case BACKLOG_1D_3D -> range(sql, params, d3, d1);
			case BACKLOG_3D_7D -> range(sql, params, d7, d3);
			case BACKLOG_OVER_7D -> range(sql, params, null, d7);
			default -> {
			}
		}
		sql.append(" order by ticket_id desc");
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new CountedTicket(rs.getLong("ticket_id"),
				Timestamps.instant(rs.getObject("created_at", OffsetDateTime.class)), rs.getString("channel"),
				rs.getString("ticket_type"), rs.getString("tier"), rs.getLong("team_id"), rs.getLong("agent_id"),
				rs.getString("status"), 1)).list();
	}

	private static void range(StringBuilder sql, Map<String, Object> params, Instant after, Instant notAfter) {
		if (after != null) {
			sql.append(" and created_at > :after");
			params.put("after", Timestamps.utc(after));
		}
		if (notAfter != null) {
			sql.append(" and created_at <= :notAfter");
			params.put("notAfter", Timestamps.utc(notAfter));
		}
	}

	/** The filters as the roll-ups apply them: none is 0 for ids and {@code -} for codes, as in the fact's columns. */
	private static void dimensions(StringBuilder sql, Map<String, Object> params, KpiQuery query) {
		filter(sql, params, "team_id", "team", query.team());
		filter(sql, params, "channel", "channel", query.channel());
		filter(sql, params, "tier", "tier", query.tier());
		filter(sql, params, "ticket_type", "type", query.type());
		filter(sql, params, "agent_id", "agent", query.agent());
	}

	private static void filter(StringBuilder sql, Map<String, Object> params, String column, String name, Object value) {
		if (value != null) {
			sql.append(" and ").append(column).append(" = :").append(name);
			params.put(name, value);
		}
	}

	private static CountedTicket ticket(TicketFact fact, long count) {
		return new CountedTicket(fact.ticketId(), fact.createdAt(), fact.channel().name(), fact.type().name(),
				fact.customerTier() == null || fact.customerTier().isBlank() ? "-" : fact.customerTier(),
				fact.teamId() == null ? 0 : fact.teamId(), fact.assigneeId() == null ? 0 : fact.assigneeId(),
				fact.status().name(), count);
	}

	/** A page of counted tickets: the figure ({@code total}), how many tickets make it, and the page. */
	public record Records(long total, int tickets, List<CountedTicket> page) {
	}

	/** One ticket behind a figure; {@code count} is how much it adds (a ticket with two callbacks due adds 2). */
	public record CountedTicket(long ticketId, Instant createdAt, String channel, String type, String tier, long team,
			long agent, String status, long count) {
	}

	/** The counters a figure can be drilled into: the roll-ups' counters, breaches, and the backlog buckets. */
	public enum Counted {

		VOLUME(Measure.OPENED), COMPLAINTS(Measure.OPENED_COMPLAINTS), RESOLVED(Measure.RESOLVED),
		RESOLVED_FCR(Measure.RESOLVED_FCR), RESOLVED_REOPENED(Measure.RESOLVED_REOPENED), RESPONDED(Measure.RESPONDED),
		FRT_SLA_JUDGED(Measure.FRT_SLA_N), FRT_SLA_MET(Measure.FRT_SLA_MET),
		FRT_SLA_BREACHED(Measure.FRT_SLA_N, Measure.FRT_SLA_MET), RES_SLA_JUDGED(Measure.RES_SLA_N),
		RES_SLA_MET(Measure.RES_SLA_MET), RES_SLA_BREACHED(Measure.RES_SLA_N, Measure.RES_SLA_MET),
		CALLBACKS_DUE(Measure.CB_DUE), CALLBACKS_DONE(Measure.CB_DONE), CALLBACKS_ON_TIME(Measure.CB_ON_TIME),
		PROMISES_SETTLED(Measure.PROMISE_SETTLED), PROMISES_KEPT(Measure.PROMISE_KEPT), BACKLOG(null),
		BACKLOG_UNDER_1D(null), BACKLOG_1D_3D(null), BACKLOG_3D_7D(null), BACKLOG_OVER_7D(null);

		private final Measure measure;

		private final Measure minus;

		Counted(Measure measure) {
			this(measure, null);
		}

		Counted(Measure measure, Measure minus) {
			this.measure = measure;
			this.minus = minus;
		}

		Measure measure() {
			return measure;
		}

		Measure minus() {
			return minus;
		}

		public boolean backlog() {
			return measure == null;
		}

		public String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		public static Optional<Counted> ofCode(String code) {
			for (Counted counted : values()) {
				if (counted.code().equals(code)) {
					return Optional.of(counted);
				}
			}
			return Optional.empty();
		}

		/**
		 * The tickets a KPI's figure is computed over: a count's own counter, a rate's or mean's denominator (its
		 * numerator via {@link #numeratorOf}); empty for a KPI that counts survey responses rather than tickets.
		 */
		public static Optional<Counted> of(Kpi kpi) {
			return Optional.ofNullable(switch (kpi) {
				case VOLUME, COMPLAINT_SHARE -> VOLUME;
				case RESOLVED, FCR, REOPEN_RATE, RESOLUTION_MEAN -> RESOLVED;
				case FIRST_RESPONSE_MEAN, FIRST_RESPONSE_MEDIAN -> RESPONDED;
				case SLA_FIRST_RESPONSE -> FRT_SLA_JUDGED;
				case SLA_RESOLUTION -> RES_SLA_JUDGED;
				case SLA_CALLBACK, CALLBACK_COMPLETION -> CALLBACKS_DUE;
				case PROMISE_KEPT -> PROMISES_SETTLED;
				case COMPLAINT_RATE -> COMPLAINTS;
				case BACKLOG -> BACKLOG;
				case BACKLOG_AGE_UNDER_1D -> BACKLOG_UNDER_1D;
				case BACKLOG_AGE_1D_3D -> BACKLOG_1D_3D;
				case BACKLOG_AGE_3D_7D -> BACKLOG_3D_7D;
				case BACKLOG_AGE_OVER_7D -> BACKLOG_OVER_7D;
				// Survey and journey figures count responses, not tickets: no ticket list behind them.
				default -> null;
			});
		}

		/** The tickets in a rate's numerator. */
		public static Optional<Counted> numeratorOf(Kpi kpi) {
			return Optional.ofNullable(switch (kpi) {
				case FCR -> RESOLVED_FCR;
				case REOPEN_RATE -> RESOLVED_REOPENED;
				case SLA_FIRST_RESPONSE -> FRT_SLA_MET;
				case SLA_RESOLUTION -> RES_SLA_MET;
				case SLA_CALLBACK -> CALLBACKS_ON_TIME;
				case CALLBACK_COMPLETION -> CALLBACKS_DONE;
				case PROMISE_KEPT -> PROMISES_KEPT;
				case COMPLAINT_SHARE -> COMPLAINTS;
				default -> null;
			});
		}

	}

}
