package io.kairos.identity.user;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import io.kairos.identity.Role;

/** A member of staff who signs in to Kairos. Guards its own state; there are no public setters. */
@Table("staff_user")
class StaffUser {

	@Id
	private final Long id;

	@Version
	private final Integer version;

	private final String username;

	private String displayName;

	private String email;

	private String passwordHash;

	private String language;

	private String timeZone;

	private boolean enabled;

	private final Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "staff_user")
	private Set<RoleGrant> roles;

	@PersistenceCreator
	StaffUser(Long id, Integer version, String username, String displayName, String email, String passwordHash,
			String language, String timeZone, boolean enabled, Instant createdAt, Instant updatedAt,
			Set<RoleGrant> roles) {
		this.id = id;
		this.version = version;
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.language = language;
		this.timeZone = timeZone;
		this.enabled = enabled;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.roles = roles;
	}

	static StaffUser register(String username, String displayName, String email, String passwordHash,
			Set<Role> roles, String language, String timeZone, Instant now) {
		return new StaffUser(null, null, username, displayName, email, passwordHash, language, timeZone, true, now,
				now, grants(roles));
	}

	void rename(String newDisplayName, Instant now) {
		this.displayName = newDisplayName;
		this.updatedAt = now;
	}

	void changeEmail(String newEmail, Instant now) {
		this.email = newEmail;
		this.updatedAt = now;
	}

	void assignRoles(Set<Role> newRoles, Instant now) {
		if (newRoles.isEmpty()) {
			throw new IllegalArgumentException("A staff user holds at least one role");
		}
		this.roles = grants(newRoles);
		this.updatedAt = now;
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.updatedAt = now;
	}

	void preferLanguage(String newLanguage, Instant now) {
		this.language = newLanguage;
		this.updatedAt = now;
	}

	void disable(Instant now) {
		this.enabled = false;
		this.updatedAt = now;
	}

	void enable(Instant now) {
		this.enabled = true;
		this.updatedAt = now;
	}

	Long id() {
		return id;
	}

	int version() {
		return version == null ? 0 : version;
	}

	String username() {
		return username;
	}

	String displayName() {
		return displayName;
	}

	String email() {
		return email;
	}

	String passwordHash() {
		return passwordHash;
	}

	String language() {
		return language;
	}

	String timeZone() {
		return timeZone;
	}

	boolean enabled() {
		return enabled;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	Set<Role> roles() {
		return roles.stream().map(RoleGrant::role).collect(Collectors.toUnmodifiableSet());
	}

	private static Set<RoleGrant> grants(Set<Role> roles) {
		return roles.stream().map(RoleGrant::new).collect(Collectors.toSet());
	}

}
