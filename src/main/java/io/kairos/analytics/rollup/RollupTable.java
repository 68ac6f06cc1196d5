package io.kairos.analytics.rollup;

/**
 * The roll-up tables: per day × team × channel × tier × type, the same per agent and per category, and the whole
 * day's total (one row a day, dimensions 0 or {@code -}) for requests that neither filter nor group by a dimension.
 */
public enum RollupTable {

	DAILY("analytics_daily", null), AGENT("analytics_agent_daily", "agent_id"),
	CATEGORY("analytics_category_daily", "category_id"), TOTAL("analytics_day_total", null);

	private final String tableName;

	private final String extraColumn;

	RollupTable(String tableName, String extraColumn) {
		this.tableName = tableName;
		this.extraColumn = extraColumn;
	}

	public String tableName() {
		return tableName;
	}

	/** The extra key column (agent or category), null for the day table. */
	public String extraColumn() {
		return extraColumn;
	}

}
