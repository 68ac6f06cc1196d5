package io.kairos.analytics.dashboard;

import java.util.Locale;
import java.util.Set;

import io.kairos.identity.Role;

/** Who looks at a dashboard (or receives it by mail): their own figures and what they may see depend on it. */
public record Viewer(long staffId, Set<Role> roles, Locale locale) {

	public Viewer {
		roles = Set.copyOf(roles);
	}

}
