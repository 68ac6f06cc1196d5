package io.kairos.identity.user;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.kairos.identity.Role;

/** The command to add a staff user. */
public record NewStaffUser(
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Za-z0-9._-]{3,64}",
				message = "{validation.username}") String username,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}")
		@Pattern(regexp = "[^\\p{Cntrl}]*", message = "{validation.no-control-characters}") String displayName,
		@Email(message = "{validation.email}") @Size(max = 254, message = "{validation.max-length}") String email,
		@NotBlank(message = "{validation.required}") String password,
		@NotEmpty(message = "{validation.roles}") Set<Role> roles,
		@Pattern(regexp = "zh-CN|en", message = "{validation.language}") String language) {
}
