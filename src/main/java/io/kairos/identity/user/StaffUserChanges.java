package io.kairos.identity.user;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.kairos.identity.Role;

/** Changes to a staff user; a null field is left as it is. */
public record StaffUserChanges(
		@Size(min = 1, max = 100, message = "{validation.length}")
		@Pattern(regexp = "[^\\p{Cntrl}]*", message = "{validation.no-control-characters}") String displayName,
		@Email(message = "{validation.email}") @Size(max = 254, message = "{validation.max-length}") String email,
		@Size(min = 1, message = "{validation.roles}") Set<Role> roles,
		Boolean enabled,
		@Pattern(regexp = "zh-CN|en", message = "{validation.language}") String language) {
}
