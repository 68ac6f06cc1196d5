package io.kairos.analytics.dashboard;

import java.util.List;
import java.util.Optional;

/** A dashboard as computed for one viewer and filter: headline figures against their targets, then its sections. */
public record DashboardView(DashboardKind kind, DashboardFilter filter, List<Figure> figures,
		List<DashboardSection> sections) {

	public DashboardView {
		figures = List.copyOf(figures);
		sections = List.copyOf(sections);
	}

	public List<DashboardTable> tables() {
		return sections.stream().map(DashboardSection::table).toList();
	}

	public Optional<DashboardTable> table(String id) {
		return tables().stream().filter(table -> table.id().equals(id)).findFirst();
	}

}
