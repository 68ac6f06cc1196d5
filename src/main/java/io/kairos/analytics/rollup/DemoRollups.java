package io.kairos.analytics.rollup;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo tickets are loaded in batches without events, so their figures are counted once by a rebuild, after
 * the desk's demo data and only while analytics has counted nothing yet.
 */
@Component
@Order(90)
@ConditionalOnBooleanProperty("kairos.demo-data.enabled")
class DemoRollups implements ApplicationRunner {

	private final Rebuild rebuild;

	private final JdbcClient jdbc;

	DemoRollups(Rebuild rebuild, JdbcClient jdbc) {
		this.rebuild = rebuild;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean counted = jdbc.sql("select count(*) from analytics_ticket_fact").query(Long.class).single() > 0;
		if (!counted) {
			rebuild.run();
		}
	}

}
