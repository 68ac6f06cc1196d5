package io.kairos.analytics.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.kairos.identity.Role;

/** The dashboards per role (SPEC §11): an agent's own queue, a supervisor's team, a manager's whole service. */
public enum DashboardKind {

	AGENT, SUPERVISOR, MANAGER;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "analytics.dashboard.kind." + code();
	}

	public static Optional<DashboardKind> parse(String code) {
		for (DashboardKind kind : values()) {
			if (kind.code().equals(code)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	/** The dashboards a person with these roles may open, the one for their main role first. */
	public static List<DashboardKind> forRoles(Set<Role> roles) {
		List<DashboardKind> kinds = new ArrayList<>();
		if (roles.contains(Role.MANAGER) || roles.contains(Role.QUALITY_ANALYST)) {
			kinds.add(MANAGER);
		}
		if (roles.contains(Role.SUPERVISOR) || roles.contains(Role.MANAGER)) {
			kinds.add(SUPERVISOR);
		}
		if (roles.contains(Role.AGENT) || roles.contains(Role.SUPERVISOR)) {
			kinds.add(AGENT);
		}
		return List.copyOf(kinds);
	}

}
