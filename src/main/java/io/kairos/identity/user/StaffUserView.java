package io.kairos.identity.user;

import java.time.Instant;
import java.util.Set;

import io.kairos.identity.Role;

/** A staff user as the API and admin pages show it. Never carries the password hash. */
public record StaffUserView(long id, String username, String displayName, String email, Set<Role> roles,
		boolean enabled, String language, String timeZone, Instant createdAt, Instant updatedAt, long version) {

	static StaffUserView of(StaffUser user) {
		return new StaffUserView(user.id(), user.username(), user.displayName(), user.email(), user.roles(),
				user.enabled(), user.language(), user.timeZone(), user.createdAt(), user.updatedAt(), user.version());
	}

}
