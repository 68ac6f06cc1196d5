package io.kairos.desk.ticket;

import java.util.Set;

import io.kairos.identity.StaffPrincipal;

/**
 * Who is looking at tickets, for the visibility rule: everyone with {@code ticket.read} sees unrestricted
 * tickets; a restricted ticket only its team's members, its assignee and holders of {@code ticket.read.all}.
 * Kairos itself ({@link #SYSTEM}) sees everything.
 */
public record Viewer(Long staffId, boolean seesAll, Set<Long> teams) {

	public static final Viewer SYSTEM = new Viewer(null, true, Set.of());

	public static Viewer of(StaffPrincipal principal, Set<Long> teams) {
		return new Viewer(principal.id(), principal.hasPermission("ticket.read.all"), Set.copyOf(teams));
	}

	boolean maySee(Ticket ticket) {
		return seesAll || !ticket.restricted() || (ticket.teamId() != null && teams.contains(ticket.teamId()))
				|| (staffId != null && staffId.equals(ticket.assigneeId()));
	}

}
