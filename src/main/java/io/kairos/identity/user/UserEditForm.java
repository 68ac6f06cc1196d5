package io.kairos.identity.user;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.kairos.identity.Role;

/** The admin page's form for changing a staff user; {@code version} is the one the admin saw. */
record UserEditForm(
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}")
		@Pattern(regexp = "[^\\p{Cntrl}]*", message = "{validation.no-control-characters}") String displayName,
		@Email(message = "{validation.email}") @Size(max = 254, message = "{validation.max-length}") String email,
		@NotEmpty(message = "{validation.roles}") Set<Role> roles,
		@Pattern(regexp = "zh-CN|en", message = "{validation.language}") String language, long version) {

	static UserEditForm of(StaffUserView user) {
		return new UserEditForm(user.displayName(), user.email(), user.roles(), user.language(), user.version());
	}

	StaffUserChanges changes() {
		return new StaffUserChanges(displayName, email == null ? "" : email, roles, null, language);
	}

}
