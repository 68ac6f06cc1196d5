package io.kairos.desk.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.customer.CustomerRoster;
import io.kairos.desk.AuthorKind;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.category.Categories;
import io.kairos.desk.team.Teams;
import io.kairos.identity.AuditLog;
import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;
import io.kairos.shared.time.Timestamps;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads 90 days of demo tickets ({@code kairos.demo-data.tickets}, 1,500 by default) over the demo customers once,
 * into an empty ticket table, in JDBC batches; puts the demo agent and supervisor into the seeded teams. Runs after
 * the demo staff and customers, only when {@code kairos.demo-data.enabled=true}. The demo agent and supervisor are
 * made available for routing unless {@code kairos.demo-data.available-agents=false} (the tests route on their own).
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("kairos.demo-data.enabled")
class DemoTickets implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTickets.class);

	private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final CustomerRoster roster;

	private final StaffDirectory staff;

	private final Teams teams;

	private final Categories categories;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	private final ZoneId zone;

	private final int count;

	private final boolean availableAgents;

	DemoTickets(JdbcTemplate jdbc, TransactionTemplate transaction, CustomerRoster roster, StaffDirectory staff,
			Teams teams, Categories categories, AuditLog audit, JsonMapper json, Clock clock,
			@Value("${kairos.default-time-zone:Asia/Shanghai}") String zone,
			@Value("${kairos.demo-data.tickets:1500}") int count,
			@Value("${kairos.demo-data.available-agents:true}") boolean availableAgents) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.roster = roster;
		this.staff = staff;
		this.teams = teams;
		this.categories = categories;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
		this.count = count;
		this.availableAgents = availableAgents;
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer existing = jdbc.queryForObject("select count(*) from ticket", Integer.class);
		List<CustomerRoster.Entry> customers = roster.oldest(5_000);
		if (count <= 0 || existing == null || existing > 0 || customers.isEmpty()) {
			return;
		}
		Long agent = staff.findByUsername("agent").map(StaffMember::id).orElse(null);
		Long supervisor = staff.findByUsername("supervisor").map(StaffMember::id).orElse(null);
		List<Long> teamIds = teams.all().stream().map(Teams.TeamView::id).limit(3).toList();
		Map<String, Long> categoryIds = new HashMap<>();
		categories.all().forEach(category -> categoryIds.put(category.code(), category.id()));
		List<DemoTicketGenerator.DemoTicket> tickets = new DemoTicketGenerator(DemoTicketGenerator.DEFAULT_SEED)
			.next(count, customers.size(), clock.instant());
		transaction.executeWithoutResult(status -> {
			if (agent != null && supervisor != null && teamIds.size() >= 2) {
				teams.replaceMembers(teamIds.get(0), List.of(agent, supervisor));
				teams.replaceMembers(teamIds.get(1), List.of(agent, supervisor));
			}
			insert(tickets, customers, teamIds, categoryIds, agent, supervisor);
			if (availableAgents) {
				makeAvailable(agent, supervisor);
			}
			audit.recordAs("system", "desk.demo-data.loaded", "ticket", null, Map.of("tickets", tickets.size()));
		});
		log.info("Loaded {} demo tickets", tickets.size());
	}

	private void insert(List<DemoTicketGenerator.DemoTicket> tickets, List<CustomerRoster.Entry> customers,
			List<Long> teamIds, Map<String, Long> categoryIds, Long agent, Long supervisor) {
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> messages = new ArrayList<>();
		List<Object[]> history = new ArrayList<>();
		for (DemoTicketGenerator.DemoTicket t : tickets) {
			long id = jdbc.queryForObject("select nextval('ticket_seq')", Long.class);
			CustomerRoster.Entry customer = customers.get(t.customerIndex());
			Long team = teamIds.isEmpty() ? null : teamIds.get(t.team() % teamIds.size());
			Long assignee = t.status() == TicketStatus.NEW ? null : t.team() == 0 ? agent : t.team() == 1 ? supervisor : null;
			Instant last = t.closedAt() != null ? t.closedAt() : t.resolvedAt() != null ? t.resolvedAt()
					: t.messages().get(t.messages().size() - 1).at();
			Boolean fcr = t.resolvedAt() == null ? null : t.contactCount() <= 1;
			rows.add(new Object[] { id, "T" + NUMBER_DATE.format(t.createdAt().atZone(zone)) + String.format("%05d", id),
					customer.id().value(), t.channel().name(), t.type().name(), categoryIds.get(t.category()),
					t.priority().name(), t.subject(), t.description(), t.status().name(), t.step(), utc(last), assignee, team,
					customer.tier(), t.contactCount(), fcr, utc(t.firstResponseDue()),
					utc(t.resolutionDue()),
					t.status().pausesSla() ? utc(last) : null, utc(t.createdAt()), utc(last), utc(t.firstResponseAt()),
					utc(t.resolvedAt()), utc(t.closedAt()) });
			for (DemoTicketGenerator.DemoMessage m : t.messages()) {
				messages.add(new Object[] { id, m.visibility().name(), m.author().name(),
						m.author() == AuthorKind.STAFF ? (assignee != null ? assignee : agent) : null, t.channel().name(),
						m.body(), utc(m.at()) });
			}
			history.add(new Object[] { id, null, "ticket.created", detail(Map.of("channel", t.channel().name(), "type",
					t.type().name(), "priority", t.priority().name())), utc(t.createdAt()) });
			if (t.status() != TicketStatus.NEW) {
				Map<String, Object> moved = new LinkedHashMap<>();
				moved.put("from", TicketStatus.NEW.name());
				moved.put("to", t.status().name());
				history.add(new Object[] { id, assignee, "ticket.status", detail(moved), utc(last) });
			}
		}
		for (int from = 0; from < rows.size(); from += BATCH) {
			jdbc.batchUpdate("""
					insert into ticket (id, number, customer_id, channel, type, category_id, priority, subject, description,
					  status, step, step_started_at, assignee_id, team_id, customer_tier, contact_count,
					  first_contact_resolution, first_response_due, resolution_due, sla_paused_at, created_at, updated_at,
					  first_response_at, resolved_at, closed_at, restricted, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0)""",
					rows.subList(from, Math.min(from + BATCH, rows.size())));
		}
		for (int from = 0; from < messages.size(); from += BATCH) {
			jdbc.batchUpdate("""
					insert into ticket_message (ticket_id, visibility, author_kind, author_staff_id, channel, body,
					  created_at, version)
					values (?, ?, ?, ?, ?, ?, ?, 0)""", messages.subList(from, Math.min(from + BATCH, messages.size())));
		}
		for (int from = 0; from < history.size(); from += BATCH) {
			jdbc.batchUpdate("insert into ticket_history (ticket_id, actor_id, action, detail, at) values (?, ?, ?, ?, ?)",
					history.subList(from, Math.min(from + BATCH, history.size())));
		}
	}

	/** The demo agent and supervisor take new work in Chinese and English, so routing has someone to choose. */
	private void makeAvailable(Long... staffIds) {
		Object now = Timestamps.utc(clock.instant());
		for (Long staffId : staffIds) {
			if (staffId == null) {
				continue;
			}
			jdbc.update("""
					insert into agent_routing_profile (staff_id, availability, capacity, vip_certified, version, updated_at)
					values (?, 'AVAILABLE', 15, true, 0, ?)""", staffId, now);
			jdbc.update("insert into agent_skill (staff_id, kind, code) values (?, 'LANGUAGE', 'zh'), (?, 'LANGUAGE', 'en')",
					staffId, staffId);
		}
	}

	private String detail(Map<String, ?> detail) {
		return json.writeValueAsString(detail);
	}

	private static Object utc(Instant instant) {
		return instant == null ? null : Timestamps.utc(instant);
	}


}
