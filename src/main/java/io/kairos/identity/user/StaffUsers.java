package io.kairos.identity.user;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.identity.AuditLog;
import io.kairos.identity.Role;
import io.kairos.identity.StaffPasswordChanged;
import io.kairos.identity.StaffRolesChanged;
import io.kairos.identity.StaffUserDisabled;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.paging.Keyset;

/** The use cases around staff users: add, change, disable, passwords and preferences. Every change is audited. */
@Service
public class StaffUsers {

	private final StaffUserRepository users;

	private final StaffUserListing listing;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String defaultTimeZone;

	StaffUsers(StaffUserRepository users, StaffUserListing listing, PasswordEncoder passwords, AuditLog audit,
			ApplicationEventPublisher events, Clock clock,
			@Value("${kairos.default-time-zone:Asia/Shanghai}") String defaultTimeZone) {
		this.users = users;
		this.listing = listing;
		this.passwords = passwords;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.defaultTimeZone = defaultTimeZone;
	}

	@Transactional
	public StaffUserView create(NewStaffUser command) {
		String username = command.username().toLowerCase(Locale.ROOT);
		if (users.existsByUsername(username)) {
			throw new ProblemException(HttpStatus.CONFLICT, "problem.user.username-taken", "username", username);
		}
		PasswordPolicy.check("password", username, command.password());
		StaffUser user = users.save(StaffUser.register(username, command.displayName().strip(),
				blankToNull(command.email()), passwords.encode(command.password()), EnumSet.copyOf(command.roles()),
				command.language(), defaultTimeZone, clock.instant()));
		audit.record("user.created", "staff_user", user.id(),
				Map.of("username", username, "roles", sorted(user.roles())));
		return StaffUserView.of(user);
	}

	@Transactional
	public StaffUserView update(long id, long expectedVersion, StaffUserChanges changes, long actingUserId) {
		StaffUser user = load(id);
		if (user.version() != expectedVersion) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		Instant now = clock.instant();
		Map<String, Object> changed = new LinkedHashMap<>();
		if (changes.displayName() != null && !changes.displayName().strip().equals(user.displayName())) {
			user.rename(changes.displayName().strip(), now);
			changed.put("displayName", true);
		}
		if (changes.email() != null && !Objects.equals(blankToNull(changes.email()), user.email())) {
			user.changeEmail(blankToNull(changes.email()), now);
			changed.put("email", true);
		}
		if (changes.roles() != null && !changes.roles().equals(user.roles())) {
			if (id == actingUserId && user.roles().contains(Role.ADMIN) && !changes.roles().contains(Role.ADMIN)) {
				throw ProblemException.conflict("problem.user.self-lockout");
			}
			changed.put("rolesBefore", sorted(user.roles()));
			user.assignRoles(EnumSet.copyOf(changes.roles()), now);
			changed.put("roles", sorted(user.roles()));
		}
		if (changes.language() != null && !changes.language().equals(user.language())) {
			user.preferLanguage(changes.language(), now);
			changed.put("language", changes.language());
		}
		boolean disabling = Boolean.FALSE.equals(changes.enabled()) && user.enabled();
		if (disabling) {
			if (id == actingUserId) {
				throw ProblemException.conflict("problem.user.self-lockout");
			}
			user.disable(now);
			changed.put("enabled", false);
		}
		else if (Boolean.TRUE.equals(changes.enabled()) && !user.enabled()) {
			user.enable(now);
			changed.put("enabled", true);
		}
		if (changed.isEmpty()) {
			return StaffUserView.of(user);
		}
		StaffUser saved;
		try {
			saved = users.save(user);
		}
		catch (OptimisticLockingFailureException changedMeanwhile) {
			// Another write committed after the version check above: the caller's version is stale all the same.
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		audit.record(disabling ? "user.disabled" : "user.updated", "staff_user", id, changed);
		if (disabling) {
			events.publishEvent(new StaffUserDisabled(id, user.username()));
		}
		if (changed.containsKey("roles")) {
			events.publishEvent(new StaffRolesChanged(id));
		}
		return StaffUserView.of(saved);
	}

	@Transactional
	public void resetPassword(long id, String newPassword) {
		StaffUser user = load(id);
		PasswordPolicy.check("password", user.username(), newPassword);
		user.changePassword(passwords.encode(newPassword), clock.instant());
		users.save(user);
		audit.record("user.password.reset", "staff_user", id, Map.of());
		events.publishEvent(new StaffPasswordChanged(id, user.username(), null));
	}

	@Transactional
	public void changeOwnPassword(long id, String currentPassword, String newPassword, String currentSessionId) {
		StaffUser user = load(id);
		if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
			throw ProblemException.invalid("currentPassword", "problem.user.wrong-password");
		}
		PasswordPolicy.check("newPassword", user.username(), newPassword);
		user.changePassword(passwords.encode(newPassword), clock.instant());
		users.save(user);
		audit.record("user.password.changed", "staff_user", id, Map.of());
		events.publishEvent(new StaffPasswordChanged(id, user.username(), currentSessionId));
	}

	@Transactional
	public void changeLanguage(long id, String language) {
		if (language != null && !language.equals("zh-CN") && !language.equals("en")) {
			throw ProblemException.invalid("language", "validation.language");
		}
		StaffUser user = load(id);
		user.preferLanguage(language, clock.instant());
		users.save(user);
	}

	@Transactional(readOnly = true)
	public StaffUserView find(long id) {
		return StaffUserView.of(load(id));
	}

	@Transactional(readOnly = true)
	public Keyset.Page<StaffUserView> page(Keyset keyset, String search) {
		return listing.page(keyset, search);
	}

	private StaffUser load(long id) {
		return users.findById(id).orElseThrow(() -> ProblemException.notFound("problem.user.not-found"));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static java.util.List<String> sorted(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().toList();
	}

}
