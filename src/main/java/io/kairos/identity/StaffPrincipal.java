package io.kairos.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member as the rest of Kairos sees them: id, name, roles, permissions and display
 * preferences. Stored in the shared session table, so it stays small and serializable.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private String passwordHash;

	private final boolean enabled;

	private final String language;

	private final String timeZone;

	private final Set<Role> roles;

	private final Set<String> permissions;

	public StaffPrincipal(long id, String username, String displayName, String passwordHash, boolean enabled,
			String language, String timeZone, Set<Role> roles, Set<String> permissions) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.language = language;
		this.timeZone = timeZone;
		this.roles = Set.copyOf(roles);
		this.permissions = Set.copyOf(permissions);
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	/** The language the user chose, or null to follow the browser. */
	public String language() {
		return language;
	}

	public String timeZone() {
		return timeZone;
	}

	public Set<Role> roles() {
		return roles;
	}

	public Set<String> permissions() {
		return permissions;
	}

	public boolean hasPermission(String permission) {
		return permissions.contains(permission);
	}

	public StaffPrincipal withLanguage(String newLanguage) {
		return new StaffPrincipal(id, username, displayName, passwordHash, enabled, newLanguage, timeZone, roles,
				permissions);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new java.util.ArrayList<>();
		roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		permissions.forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission)));
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffPrincipal that && that.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + username + "]";
	}

}
