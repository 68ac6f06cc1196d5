package io.kairos.journey.ticket;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.TicketChanged;
import io.kairos.desk.TicketOpened;
import io.kairos.desk.TicketResolved;
import io.kairos.desk.TicketTouchpoints;
import io.kairos.desk.TicketTouchpoints.TicketFacts;
import io.kairos.desk.TicketType;
import io.kairos.shared.time.Timestamps;

/**
 * The journey's own copy of the tickets it counts: type, touchpoint, opened and resolved times. Every relevant
 * desk event refreshes the ticket's row from the desk facade, so the order the events arrive in does not matter.
 */
@Service
public class JourneyTickets {

	private final JdbcClient jdbc;

	private final TicketTouchpoints tickets;

	JourneyTickets(JdbcClient jdbc, TicketTouchpoints tickets) {
		this.jdbc = jdbc;
		this.tickets = tickets;
	}

	@ApplicationModuleListener
	void on(TicketOpened event) {
		refresh(event.ticketId());
	}

	@ApplicationModuleListener
	void on(TicketChanged event) {
		if (event.fields().contains("touchpointId") || event.fields().contains("type")) {
			refresh(event.ticketId());
		}
	}

	@ApplicationModuleListener
	void on(TicketResolved event) {
		refresh(event.ticketId());
	}

	@Transactional
	public void refresh(long ticketId) {
		// Lock the ticket's row before reading the desk, so a refresh that read an older state cannot write after
		// one that read a newer state (two events of one ticket are handled at the same time by different workers).
		boolean known = jdbc.sql("update journey_ticket set ticket_id = ticket_id where ticket_id = :id")
			.param("id", ticketId)
			.update() > 0;
		TicketFacts facts = tickets.facts(ticketId);
		if (known) {
			update(facts);
			return;
		}
		try {
			jdbc.sql("""
					insert into journey_ticket (ticket_id, customer_id, ticket_type, touchpoint_id, opened_at, resolved_at)
					values (:id, :customer, :type, :touchpoint, :opened, :resolved)""")
				.param("id", facts.id())
				.param("customer", facts.customerId())
				.param("type", facts.type().name())
				.param("touchpoint", facts.touchpointId())
				.param("opened", Timestamps.utc(facts.openedAt()))
				.param("resolved", facts.resolvedAt() == null ? null : Timestamps.utc(facts.resolvedAt()))
				.update();
		}
		catch (DuplicateKeyException concurrent) {
			// Another worker stored the ticket first: wait for its row, then write the state as it is now.
			jdbc.sql("update journey_ticket set ticket_id = ticket_id where ticket_id = :id").param("id", ticketId).update();
			update(tickets.facts(ticketId));
		}
	}

	private int update(TicketFacts facts) {
		return jdbc.sql("""
				update journey_ticket set customer_id = :customer, ticket_type = :type, touchpoint_id = :touchpoint,
				opened_at = :opened, resolved_at = :resolved where ticket_id = :id""")
			.param("id", facts.id())
			.param("customer", facts.customerId())
			.param("type", facts.type().name())
			.param("touchpoint", facts.touchpointId())
			.param("opened", Timestamps.utc(facts.openedAt()))
			.param("resolved", facts.resolvedAt() == null ? null : Timestamps.utc(facts.resolvedAt()))
			.update();
	}

	/** A ticket at a touchpoint, as the map counts it. */
	public record TicketAtTouchpoint(long ticketId, long touchpointId, TicketType type, Instant openedAt,
			Instant resolvedAt) {
	}

	/** Tickets opened in [start, end) at the given touchpoints. */
	@Transactional(readOnly = true)
	public List<TicketAtTouchpoint> at(Collection<Long> touchpointIds, Instant start, Instant end) {
		if (touchpointIds.isEmpty()) {
			return new ArrayList<>();
		}
		return jdbc.sql("""
				select ticket_id, touchpoint_id, ticket_type, opened_at, resolved_at from journey_ticket
				where touchpoint_id in (:tps) and opened_at >= :start and opened_at < :end""")
			.param("tps", touchpointIds)
			.param("start", Timestamps.utc(start))
			.param("end", Timestamps.utc(end))
			.query((rs, n) -> {
				OffsetDateTime resolved = rs.getObject("resolved_at", OffsetDateTime.class);
				return new TicketAtTouchpoint(rs.getLong("ticket_id"), rs.getLong("touchpoint_id"),
						TicketType.valueOf(rs.getString("ticket_type")),
						Timestamps.instant(rs.getObject("opened_at", OffsetDateTime.class)),
						resolved == null ? null : Timestamps.instant(resolved));
			})
			.list();
	}

}
