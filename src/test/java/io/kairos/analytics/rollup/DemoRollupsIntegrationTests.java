package io.kairos.analytics.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.test.KairosIntegrationTest;

/** The demo start-up counts every demo ticket, also when other modules' demo events counted a few first. */
@KairosIntegrationTest
class DemoRollupsIntegrationTests {

	@Autowired
	DemoRollups demoRollups;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoRollUpsCountEveryTicketEvenWhenEventsCountedSomeFirst() {
		// As on a first start: the journey and VoC demo data published events for some demo tickets, which the
		// listeners counted, while the bulk-loaded rest has no fact yet.
		jdbc.sql("delete from analytics_ticket_fact where ticket_id > (select min(ticket_id) from analytics_ticket_fact)")
			.update();
		assertThat(count("analytics_ticket_fact")).isEqualTo(1);

		demoRollups.run(null);

		assertThat(count("analytics_ticket_fact")).isEqualTo(count("ticket")).isGreaterThan(100);
		assertThat(RollupSnapshot.wrongTotals(jdbc)).isEmpty();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
