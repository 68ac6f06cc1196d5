package io.kairos.identity;

import java.util.Set;

/** A member of staff as other modules may know them: who, whether they may still sign in, and their roles. */
public record StaffMember(long id, String username, String displayName, boolean enabled, Set<Role> roles) {

	public StaffMember {
		roles = Set.copyOf(roles);
	}

}
