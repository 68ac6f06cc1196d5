package io.kairos.analytics.rollup;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.desk.TicketFacts;

/**
 * The demo tickets are loaded in batches without events, so their figures are counted by a rebuild after the
 * desk's demo data, whenever analytics has counted fewer tickets than there are. Not "while it has counted
 * nothing": the other modules' demo data publishes events for a few demo tickets, which may be counted first.
 */
@Component
@Order(90)
@ConditionalOnBooleanProperty("kairos.demo-data.enabled")
class DemoRollups implements ApplicationRunner {

	private final Rebuild rebuild;

	private final JdbcClient jdbc;

	private final TicketFacts tickets;

	DemoRollups(Rebuild rebuild, JdbcClient jdbc, TicketFacts tickets) {
		this.rebuild = rebuild;
		this.jdbc = jdbc;
		this.tickets = tickets;
	}

	@Override
	public void run(ApplicationArguments args) {
		long counted = jdbc.sql("select count(*) from analytics_ticket_fact").query(Long.class).single();
		if (counted < tickets.count()) {
			rebuild.run();
		}
	}

}
