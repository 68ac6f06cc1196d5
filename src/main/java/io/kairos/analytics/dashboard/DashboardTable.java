package io.kairos.analytics.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One table of a dashboard as people read it, and as it is exported and mailed: a title, the column headers and the
 * rows, each cell a text or a number (already in the viewer's language; null is an empty cell).
 */
public record DashboardTable(String id, String title, List<String> headers, List<List<Object>> rows) {

	public DashboardTable {
		Objects.requireNonNull(id, "id");
		title = title == null ? "" : title;
		headers = List.copyOf(headers);
		List<List<Object>> copy = new ArrayList<>(rows.size());
		for (List<Object> row : rows) {
			if (row.size() != headers.size()) {
				throw new IllegalArgumentException("Row of " + row.size() + " cells under " + headers.size() + " headers");
			}
			copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
		}
		rows = List.copyOf(copy);
	}

}
