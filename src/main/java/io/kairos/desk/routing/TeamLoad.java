package io.kairos.desk.routing;

import java.util.List;

/** A team's members with their active tickets against capacity and their availability, and the unassigned queue's length. */
public record TeamLoad(long teamId, String name, String assignmentMode, int unassigned, List<MemberLoad> members) {

	public TeamLoad {
		members = List.copyOf(members);
	}

	public record MemberLoad(long staffId, String displayName, boolean enabled, Availability availability,
			int activeTickets, int capacity) {

		public boolean full() {
			return activeTickets >= capacity;
		}

	}

}
