package io.kairos.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.shared.time.calendar.Pause;
import io.kairos.shared.time.calendar.SlaClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tickets as analytics facts ({@link TicketFact}), one by id when an event says it changed, or all of them in
 * pages of ascending id for a rebuild. A page is read with one query per table over an id range, so a rebuild
 * over a million tickets does not ask five questions per ticket. Business durations use the calendar of the
 * ticket's SLA policy, or the default calendar.
 */
@Service
public class TicketFacts {

	private final JdbcClient jdbc;

	private final BusinessCalendars calendars;

	private final JsonMapper json;

	TicketFacts(JdbcClient jdbc, BusinessCalendars calendars, JsonMapper json) {
		this.jdbc = jdbc;
		this.calendars = calendars;
		this.json = json;
	}

	/** The ticket's fact as it stands now; empty when there is no such ticket. */
	@Transactional(readOnly = true)
	public Optional<TicketFact> of(long ticketId) {
		return range(ticketId - 1, ticketId, 1).stream().findFirst();
	}

	/** How many tickets there are, for a reader to tell whether it has counted them all. */
	@Transactional(readOnly = true)
	public long count() {
		return jdbc.sql("select count(*) from ticket").query(Long.class).single();
	}

	/** Up to {@code size} facts of the tickets with ids above {@code afterId}, in ascending id order. */
	@Transactional(readOnly = true)
	public List<TicketFact> page(long afterId, int size) {
		Long last = jdbc.sql("select max(id) from (select id from ticket where id > :after order by id fetch first :size rows only) t")
			.param("after", afterId)
			.param("size", size)
			.query(Long.class)
			.optional()
			.orElse(null);
		return last == null ? List.of() : range(afterId, last, size);
	}

	private List<TicketFact> range(long after, long last, int size) {
		List<Row> rows = jdbc.sql("""
				select id, version, created_at, channel, type, category_id, customer_tier, team_id, assignee_id, status,
				       first_response_at, resolved_at, first_contact_resolution, sla_policy_id
				from ticket where id > :after and id <= :last order by id""")
			.param("after", after)
			.param("last", last)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getInt("version"), instant(rs, "created_at"),
					TicketChannel.valueOf(rs.getString("channel")), TicketType.valueOf(rs.getString("type")),
					rs.getObject("category_id", Long.class), rs.getString("customer_tier"),
					rs.getObject("team_id", Long.class), rs.getObject("assignee_id", Long.class),
					TicketStatus.valueOf(rs.getString("status")), instant(rs, "first_response_at"),
					instant(rs, "resolved_at"), rs.getObject("first_contact_resolution", Boolean.class),
					rs.getObject("sla_policy_id", Long.class)))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Move>> moves = new HashMap<>();
		jdbc.sql("""
				select ticket_id, detail, at from ticket_history
				where ticket_id > :after and ticket_id <= :last and action = 'ticket.status' order by id""")
			.param("after", after)
			.param("last", last)
			.query(rs -> {
				String detail = rs.getString("detail");
				if (detail != null) {
					JsonNode node = json.readTree(detail);
					moves.computeIfAbsent(rs.getLong("ticket_id"), id -> new ArrayList<>())
						.add(new Move(instant(rs, "at"), TicketStatus.valueOf(node.get("from").asString()),
								TicketStatus.valueOf(node.get("to").asString())));
				}
			});
		Map<Long, TicketFact.SlaOutcome> firstResponse = new HashMap<>();
		Map<Long, TicketFact.SlaOutcome> resolution = new HashMap<>();
		jdbc.sql("""
				select ticket_id, target, met_at, breached, recorded_at from ticket_sla_outcome
				where ticket_id > :after and ticket_id <= :last order by id""")
			.param("after", after)
			.param("last", last)
			.query(rs -> {
				Instant met = instant(rs, "met_at");
				TicketFact.SlaOutcome outcome = new TicketFact.SlaOutcome(!rs.getBoolean("breached"),
						met != null ? met : instant(rs, "recorded_at"));
				// The latest outcome per target wins: a reopened ticket is judged again at its next resolution.
				switch (rs.getString("target")) {
					case "FIRST_RESPONSE" -> firstResponse.put(rs.getLong("ticket_id"), outcome);
					case "RESOLUTION" -> resolution.put(rs.getLong("ticket_id"), outcome);
					default -> {
					}
				}
			});
		Map<Long, List<TicketFact.Callback>> callbacks = new HashMap<>();
		jdbc.sql("""
				select id, ticket_id, status, due_at, completed_at from ticket_callback
				where ticket_id > :after and ticket_id <= :last order by id""")
			.param("after", after)
			.param("last", last)
			.query(rs -> {
				callbacks.computeIfAbsent(rs.getLong("ticket_id"), id -> new ArrayList<>())
					.add(new TicketFact.Callback(rs.getLong("id"), rs.getString("status"), instant(rs, "due_at"),
							instant(rs, "completed_at")));
			});
		Map<Long, List<TicketFact.Promise>> promises = new HashMap<>();
		jdbc.sql("""
				select id, ticket_id, status, due_at, settled_at from ticket_promise
				where ticket_id > :after and ticket_id <= :last order by id""")
			.param("after", after)
			.param("last", last)
			.query(rs -> {
				promises.computeIfAbsent(rs.getLong("ticket_id"), id -> new ArrayList<>())
					.add(new TicketFact.Promise(rs.getLong("id"), rs.getString("status"), instant(rs, "due_at"),
							instant(rs, "settled_at")));
			});
		Map<Long, Long> policyCalendars = new HashMap<>();
		jdbc.sql("select id, calendar_id from sla_policy where calendar_id is not null")
			.query(rs -> {
				policyCalendars.put(rs.getLong("id"), rs.getLong("calendar_id"));
			});
		List<TicketFact> facts = new ArrayList<>(rows.size());
		for (Row row : rows) {
			Long calendarId = row.policyId() == null ? null : policyCalendars.get(row.policyId());
			SlaClock clock = SlaClock.on(calendarId == null ? calendars.defaultCalendar() : calendars.get(calendarId));
			List<Move> ticketMoves = moves.getOrDefault(row.id(), List.of());
			Long firstResponseSeconds = row.firstResponseAt() == null ? null
					: clock.elapsed(row.createdAt(), row.firstResponseAt(), List.of()).toSeconds();
			Instant resolvedAt = row.status().isActive() ? null : row.resolvedAt();
			Long resolutionSeconds = resolvedAt == null ? null
					: clock.elapsed(row.createdAt(), resolvedAt, pauses(ticketMoves, resolvedAt)).toSeconds();
			int reopens = (int) ticketMoves.stream()
				.filter(move -> move.from() == TicketStatus.RESOLVED && move.to().isActive())
				.count();
			facts.add(new TicketFact(row.id(), row.version(), row.createdAt(), row.channel(), row.type(),
					row.categoryId(), row.tier(), row.teamId(), row.assigneeId(), row.status(), row.firstResponseAt(),
					firstResponseSeconds, resolvedAt, resolutionSeconds, row.fcr(), reopens,
					firstResponse.get(row.id()), resolution.get(row.id()), callbacks.get(row.id()),
					promises.get(row.id())));
			if (facts.size() == size) {
				break;
			}
		}
		return facts;
	}

	/** The stretches before {@code until} in which the ticket waited or stood resolved: the resolution clock stops. */
	static List<Pause> pauses(List<Move> moves, Instant until) {
		List<Pause> pauses = new ArrayList<>();
		Instant since = null;
		for (Move move : moves.stream().sorted((a, b) -> a.at().compareTo(b.at())).toList()) {
			if (!move.at().isBefore(until)) {
				break;
			}
			boolean was = stops(move.from());
			boolean is = stops(move.to());
			if (!was && is) {
				since = move.at();
			}
			else if (was && !is && since != null) {
				pauses.add(new Pause(since, move.at()));
				since = null;
			}
		}
		if (since != null) {
			pauses.add(new Pause(since, until));
		}
		return pauses;
	}

	private static boolean stops(TicketStatus status) {
		return status.pausesSla() || !status.isActive();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	record Move(Instant at, TicketStatus from, TicketStatus to) {
	}

	private record Row(long id, int version, Instant createdAt, TicketChannel channel, TicketType type, Long categoryId,
			String tier, Long teamId, Long assigneeId, TicketStatus status, Instant firstResponseAt, Instant resolvedAt,
			Boolean fcr, Long policyId) {
	}

}
