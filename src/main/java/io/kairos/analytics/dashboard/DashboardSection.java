package io.kairos.analytics.dashboard;

import java.util.List;

/**
 * One part of a dashboard: its table, how the browser charts it, and for each cell the drill-down address of the
 * records it counts (null where a cell is a label or counts nothing).
 * @param chart {@code line}, {@code bar} or {@code pie}; the chart plots the numeric columns against the first one
 */
public record DashboardSection(DashboardTable table, String chart, List<List<String>> links) {

	public DashboardSection {
		links = links == null ? List.of() : links.stream().map(row -> java.util.Collections.unmodifiableList(
				new java.util.ArrayList<>(row))).toList();
	}

	/** The cell's number for the chart (plain digits), or null for a label or an empty cell. */
	public String number(int row, int column) {
		Object cell = table.rows().get(row).get(column);
		if (cell instanceof java.math.BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return cell instanceof Number number ? number.toString() : null;
	}

	/** The drill-down address of a cell, or null. */
	public String link(int row, int column) {
		if (row >= links.size() || column >= links.get(row).size()) {
			return null;
		}
		return links.get(row).get(column);
	}

}
