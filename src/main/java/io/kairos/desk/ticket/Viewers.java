package io.kairos.desk.ticket;

import java.util.HashSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.kairos.identity.StaffPrincipal;

/** Builds the {@link Viewer} for the signed-in staff user (their teams come from the desk's own team table). */
@Component
public class Viewers {

	private final JdbcClient jdbc;

	Viewers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Viewer of(StaffPrincipal principal) {
		var teams = new HashSet<>(jdbc.sql("select team from team_member where staff_id = :staff")
			.param("staff", principal.id())
			.query(Long.class)
			.list());
		return Viewer.of(principal, teams);
	}

	/** The signed-in user, or {@link Viewer#SYSTEM} outside a request (scheduled work). */
	public Viewer current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
			return of(principal);
		}
		return Viewer.SYSTEM;
	}

}
