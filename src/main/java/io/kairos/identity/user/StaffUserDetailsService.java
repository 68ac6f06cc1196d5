package io.kairos.identity.user;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.identity.Role;
import io.kairos.identity.StaffPrincipal;

/** Loads a staff member with the permissions their roles grant, for sign-in and API tokens. */
@Service
public class StaffUserDetailsService implements UserDetailsService {

	private final StaffUserRepository users;

	private final JdbcClient jdbc;

	StaffUserDetailsService(StaffUserRepository users, JdbcClient jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public StaffPrincipal loadUserByUsername(String username) {
		StaffUser user = users.findByUsername(username == null ? "" : username.toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return principalOf(user);
	}

	@Transactional(readOnly = true)
	public StaffPrincipal loadById(long id) {
		return users.findById(id).map(this::principalOf).orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	private StaffPrincipal principalOf(StaffUser user) {
		Set<Role> roles = user.roles();
		Set<String> permissions = new HashSet<>(roles.isEmpty() ? List.of()
				: jdbc.sql("select permission from role_permission where role in (:roles)")
					.param("roles", roles.stream().map(Role::name).toList())
					.query(String.class)
					.list());
		return new StaffPrincipal(user.id(), user.username(), user.displayName(), user.passwordHash(), user.enabled(),
				user.language(), user.timeZone(), roles, permissions);
	}

}
