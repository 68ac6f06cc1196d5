package io.kairos.desk.automation.trigger;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kairos.desk.AuthorKind;
import io.kairos.desk.TicketChanged;
import io.kairos.desk.TicketMessagePosted;
import io.kairos.desk.TicketOpened;
import io.kairos.desk.TicketStatusChanged;
import io.kairos.desk.automation.rule.ActionRunner;
import io.kairos.desk.automation.rule.Conditions;
import io.kairos.desk.automation.rule.RuleSource;
import io.kairos.desk.automation.rule.TicketFacts;
import io.kairos.desk.ticket.TicketHistory;
import io.kairos.desk.ticket.TicketView;
import io.kairos.desk.ticket.Tickets;
import io.kairos.desk.ticket.Viewer;

/**
 * Runs the active triggers when a ticket is created or changes. It listens after commit
 * ({@code @ApplicationModuleListener}: the event publication registry delivers the event, retried after a crash)
 * rather than inside the changing transaction, so a trigger never undoes or blocks the change a person made, and
 * the services that publish the events need not expect the ticket to change under them. Its actions run as
 * Kairos in a transaction of their own and publish their own events; {@link TriggerChain} keeps those from
 * firing the same triggers again. Work on one ticket takes turns on the ticket's row lock.
 */
@Component
class TriggerEngine {

	private final Triggers triggers;

	private final Tickets tickets;

	private final ActionRunner runner;

	private final TicketHistory history;

	private final JdbcClient jdbc;

	private final Clock clock;

	TriggerEngine(Triggers triggers, Tickets tickets, ActionRunner runner, TicketHistory history, JdbcClient jdbc,
			Clock clock) {
		this.triggers = triggers;
		this.tickets = tickets;
		this.runner = runner;
		this.history = history;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(TicketOpened opened) {
		react(opened.ticketId(), true, false, TriggerChain.micros(opened.at()));
	}

	@ApplicationModuleListener
	void on(TicketChanged changed) {
		react(changed.ticketId(), false, changed.actorId() == null, TriggerChain.micros(changed.at()));
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged moved) {
		react(moved.ticketId(), false, moved.actorId() == null, TriggerChain.micros(moved.at()));
	}

	@ApplicationModuleListener
	void on(TicketMessagePosted posted) {
		// A message names no staff actor; a note a trigger wrote falls inside the chain's span like its other echoes.
		react(posted.ticketId(), false, posted.authorKind() != AuthorKind.CUSTOMER, TriggerChain.micros(posted.at()));
	}

	private void react(long ticketId, boolean created, boolean byKairos, long atUs) {
		List<TriggerView> active = triggers.active();
		if (active.isEmpty() || !lock(ticketId)) {
			return;
		}
		TriggerChain chain = TriggerChain.of(last(ticketId), atUs, byKairos);
		if (chain.tooDeep()) {
			if (chain.depth() == TriggerChain.MAX_DEPTH + 1) {
				history.record(ticketId, null, "trigger.loop-stopped", Map.of("fired", chain.fired()), clock.instant());
				save(ticketId, chain);
			}
			return;
		}
		TicketView ticket = tickets.find(ticketId, Viewer.SYSTEM);
		long from = TriggerChain.micros(clock.instant());
		Set<Long> fired = new LinkedHashSet<>();
		for (TriggerView trigger : active) {
			if (chain.hasFired(trigger.id()) || !trigger.firesOn().on(created)
					|| !Conditions.matches(trigger.match(), trigger.conditions(), TicketFacts.of(ticket))) {
				continue;
			}
			if (runner.apply(ticketId, trigger.actions(),
					new RuleSource("trigger.fired", trigger.id(), trigger.name(), null))) {
				fired.add(trigger.id());
				ticket = tickets.find(ticketId, Viewer.SYSTEM);
			}
		}
		// Only a round in which triggers acted is kept: the depth counts such rounds, and a quiet event leaves the
		// last chain in place for the echoes still to come.
		if (!fired.isEmpty()) {
			save(ticketId, chain.firedNow(fired, from, TriggerChain.micros(clock.instant())));
		}
	}

	/** Takes the ticket's row lock so that work on one ticket takes turns; false when the ticket is gone. */
	private boolean lock(long ticketId) {
		return jdbc.sql("select id from ticket where id = :id for update")
			.param("id", ticketId)
			.query(Long.class)
			.optional()
			.isPresent();
	}

	private TriggerChain last(long ticketId) {
		return jdbc.sql("""
				select origin_us, fired, depth, acted_from, acted_until from desk_trigger_chain where ticket_id = :ticket""")
			.param("ticket", ticketId)
			.query((rs, n) -> new TriggerChain(rs.getLong("origin_us"), ids(rs.getString("fired")), rs.getInt("depth"),
					rs.getLong("acted_from"), rs.getLong("acted_until")))
			.optional()
			.orElse(null);
	}

	private void save(long ticketId, TriggerChain chain) {
		jdbc.sql("delete from desk_trigger_chain where ticket_id = :ticket").param("ticket", ticketId).update();
		jdbc.sql("""
				insert into desk_trigger_chain (ticket_id, origin_us, fired, depth, acted_from, acted_until)
				values (:ticket, :origin, :fired, :depth, :from, :until)""")
			.param("ticket", ticketId)
			.param("origin", chain.originUs())
			.param("fired", chain.fired().stream().map(String::valueOf).collect(Collectors.joining(",")))
			.param("depth", chain.depth())
			.param("from", chain.actedFrom())
			.param("until", chain.actedUntil())
			.update();
	}

	private static Set<Long> ids(String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(text.split(",")).map(Long::valueOf).collect(Collectors.toSet());
	}

}
