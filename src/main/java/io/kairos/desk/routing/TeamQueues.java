package io.kairos.desk.routing;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.team.Teams;
import io.kairos.desk.ticket.TicketView;
import io.kairos.desk.ticket.Tickets;
import io.kairos.desk.ticket.Viewer;
import io.kairos.desk.ticket.Viewers;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.paging.Keyset;
import io.kairos.shared.time.Timestamps;

/**
 * A team's unassigned queue in {@link QueueOrder} (high tiers first, then priority, then age), an agent pulling
 * the next ticket of it, and a supervisor handing out the head of it. Pulls take the team's row lock, so two
 * agents pulling at once get different tickets; each assignment goes through {@link Tickets#assign}, which writes
 * the history and the event.
 */
@Service
public class TeamQueues {

	public static final int MAX_BULK = 50;

	private final JdbcClient jdbc;

	private final Tickets tickets;

	private final Teams teams;

	private final Viewers viewers;

	private final TeamRoster roster;

	private final RoutingProfiles profiles;

	private final QueueOrder order;

	TeamQueues(JdbcClient jdbc, Tickets tickets, Teams teams, Viewers viewers, TeamRoster roster,
			RoutingProfiles profiles, RoutingSettings settings) {
		this.jdbc = jdbc;
		this.tickets = tickets;
		this.teams = teams;
		this.viewers = viewers;
		this.roster = roster;
		this.profiles = profiles;
		this.order = new QueueOrder(settings.tierOrder());
	}

	@Transactional(readOnly = true)
	public Keyset.Page<QueuedTicket> page(long teamId, String cursor, Integer size, StaffPrincipal caller) {
		known(teamId);
		int wanted = Keyset.of(null, size).size();
		Viewer viewer = viewers.of(caller);
		boolean seesRestricted = viewer.seesAll() || viewer.teams().contains(teamId);
		List<QueuedTicket> rows = head(teamId, seesRestricted, QueueCursor.decode(cursor), wanted + 1);
		if (rows.size() <= wanted) {
			return new Keyset.Page<>(rows, null);
		}
		List<QueuedTicket> items = List.copyOf(rows.subList(0, wanted));
		QueuedTicket last = items.get(wanted - 1);
		return new Keyset.Page<>(items, new QueueCursor(order.tierRank(last.tier()),
				QueueOrder.priorityRank(last.priority()), last.createdAt(), last.id()).encode());
	}

	/** The head of the queue to the calling agent, a member of the team with room; empty when the queue is. */
	@Transactional
	public Optional<TicketView> assignNext(long teamId, StaffPrincipal agent) {
		known(teamId);
		if (!roster.isMember(teamId, agent.id())) {
			throw ProblemException.forbidden("problem.routing.not-member");
		}
		roster.lock(teamId);
		AssignmentPolicy.Agent self = profiles.agents(List.of(agent.id())).get(0);
		if (self.activeTickets() >= self.capacity()) {
			throw ProblemException.conflict("problem.routing.at-capacity", self.capacity());
		}
		return head(teamId, true, null, 1).stream()
			.findFirst()
			.map(ticket -> tickets.assign(ticket.id(), teamId, agent.id(), viewers.of(agent)));
	}

	/** The first {@code count} tickets of the queue to one member of the team, as a supervisor decides. */
	@Transactional
	public List<TicketView> assignHead(long teamId, Long assigneeId, Integer count, StaffPrincipal supervisor) {
		known(teamId);
		if (assigneeId == null || !roster.isMember(teamId, assigneeId)) {
			throw ProblemException.invalid("assigneeId", "problem.ticket.assignee.not-in-team");
		}
		if (count == null || count < 1 || count > MAX_BULK) {
			throw ProblemException.invalid("count", "problem.routing.bulk-count", 1, MAX_BULK);
		}
		roster.lock(teamId);
		Viewer viewer = viewers.of(supervisor);
		boolean seesRestricted = viewer.seesAll() || viewer.teams().contains(teamId);
		List<TicketView> assigned = new ArrayList<>();
		for (QueuedTicket ticket : head(teamId, seesRestricted, null, count)) {
			assigned.add(tickets.assign(ticket.id(), teamId, assigneeId, viewer));
		}
		return assigned;
	}

	private void known(long teamId) {
		if (teams.find(teamId).isEmpty()) {
			throw ProblemException.notFound("problem.ticket.team.unknown");
		}
	}

	private List<QueuedTicket> head(long teamId, boolean seesRestricted, QueueCursor after, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String tierRank = tierRankExpression(params);
		String priorityRank = priorityRankExpression(params);
		List<String> where = new ArrayList<>(List.of("t.team_id = :team", "t.assignee_id is null", "t.status in (:active)"));
		params.put("team", teamId);
		params.put("active", RoutingProfiles.ACTIVE);
		if (!seesRestricted) {
			where.add("t.restricted = false");
		}
		if (after != null) {
			where.add("(" + tierRank + " > :afterTier or (" + tierRank + " = :afterTier and (" + priorityRank
					+ " > :afterPriority or (" + priorityRank + " = :afterPriority and (t.created_at > :afterCreated"
					+ " or (t.created_at = :afterCreated and t.id > :afterId))))))");
			params.put("afterTier", after.tierRank());
			params.put("afterPriority", after.priorityRank());
			params.put("afterCreated", Timestamps.utc(after.createdAt()));
			params.put("afterId", after.id());
		}
		String sql = "select t.id, t.number, t.subject, t.customer_tier, t.priority, t.status, t.restricted, t.created_at"
				+ " from ticket t where " + String.join(" and ", where) + " order by " + tierRank + ", " + priorityRank
				+ ", t.created_at, t.id fetch first " + limit + " rows only";
		return jdbc.sql(sql).params(params).query(TeamQueues::map).list();
	}

	/** {@code case t.customer_tier when :tier0 then 0 … else n end}, the tiers bound as parameters. */
	private String tierRankExpression(Map<String, Object> params) {
		StringBuilder sql = new StringBuilder("(case");
		List<String> tiers = order.rankedTiers();
		for (int i = 0; i < tiers.size(); i++) {
			sql.append(" when t.customer_tier = :tier").append(i).append(" then ").append(i);
			params.put("tier" + i, tiers.get(i));
		}
		return sql.append(" else ").append(tiers.size()).append(" end)").toString();
	}

	private static String priorityRankExpression(Map<String, Object> params) {
		StringBuilder sql = new StringBuilder("(case");
		for (TicketPriority priority : TicketPriority.values()) {
			sql.append(" when t.priority = :priority").append(priority.ordinal()).append(" then ")
				.append(QueueOrder.priorityRank(priority));
			params.put("priority" + priority.ordinal(), priority.name());
		}
		return sql.append(" else ").append(TicketPriority.values().length).append(" end)").toString();
	}

	private static QueuedTicket map(ResultSet rs, int row) throws SQLException {
		return new QueuedTicket(rs.getLong("id"), rs.getString("number"), rs.getString("subject"),
				rs.getString("customer_tier"), TicketPriority.valueOf(rs.getString("priority")),
				TicketStatus.valueOf(rs.getString("status")), rs.getBoolean("restricted"),
				Timestamps.instant(rs.getObject("created_at", OffsetDateTime.class)));
	}

	/** The position after the last ticket of a page: its ranks, creation time (to the nanosecond) and id. */
	record QueueCursor(int tierRank, int priorityRank, Instant createdAt, long id) {

		String encode() {
			String text = tierRank + ":" + priorityRank + ":" + createdAt.getEpochSecond() + ":" + createdAt.getNano() + ":" + id;
			return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
		}

		static QueueCursor decode(String cursor) {
			if (cursor == null || cursor.isBlank()) {
				return null;
			}
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
				return new QueueCursor(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
						Instant.ofEpochSecond(Long.parseLong(parts[2]), Long.parseLong(parts[3])), Long.parseLong(parts[4]));
			}
			catch (RuntimeException notOurs) {
				throw ProblemException.invalid("cursor", "problem.paging.cursor");
			}
		}

	}

}
