package io.kairos.analytics.rollup;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Refreshes PostgreSQL's planner statistics of analytics' own tables while a rebuild fills them. Planned from the
 * statistics of the emptied tables, a key lookup (the adding update of a roll-up row, the locking read of a page
 * of facts) scans the whole table instead of using its primary key, once per row: measured on a million tickets,
 * a flush of 100,000 roll-up rows did not finish in minutes. H2 plans key lookups without statistics.
 */
@Component
class TableStatistics {

	private static final String TABLES = "analytics_ticket_fact, analytics_daily, analytics_agent_daily, "
			+ "analytics_category_daily, analytics_day_total, analytics_survey_daily, analytics_mot_daily, "
			+ "analytics_survey_day_total, analytics_mot_day_total, analytics_feedback_seen";

	private final JdbcClient jdbc;

	private final boolean postgres;

	TableStatistics(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.postgres = "PostgreSQL".equals(
				JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
	}

	/** Analyzes the analytics tables on PostgreSQL (samples rows, about a tenth of a second); nothing on H2. */
	void refresh() {
		if (postgres) {
			jdbc.sql("analyze " + TABLES).update();
		}
	}

}
