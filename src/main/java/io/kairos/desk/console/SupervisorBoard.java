package io.kairos.desk.console;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.kairos.desk.TicketStatus;
import io.kairos.desk.team.Teams;
import io.kairos.desk.ticket.TicketCounts;
import io.kairos.desk.ticket.TicketFilter;
import io.kairos.desk.ticket.TicketListing;
import io.kairos.desk.ticket.TicketSort;
import io.kairos.desk.ticket.Viewer;
import io.kairos.shared.paging.Keyset;

/** The supervisor's view of the teams: active tickets per status, those about to breach, and one team's queue. */
@Component
class SupervisorBoard {

	private final Teams teams;

	private final TicketCounts counts;

	private final TicketListing listing;

	private final DeskNames names;

	private final Clock clock;

	private final Duration breachingWithin;

	SupervisorBoard(Teams teams, TicketCounts counts, TicketListing listing, DeskNames names, Clock clock,
			@Value("${kairos.desk.breaching-within:PT2H}") Duration breachingWithin) {
		this.teams = teams;
		this.counts = counts;
		this.listing = listing;
		this.names = names;
		this.clock = clock;
		this.breachingWithin = breachingWithin;
	}

	List<TeamLoad> loads() {
		List<TicketCounts.StatusCount> byStatus = counts.activeByTeam();
		List<TicketCounts.TeamCount> breaching = counts.dueBeforeByTeam(clock.instant().plus(breachingWithin));
		return teams.all().stream().map(team -> {
			Map<TicketStatus, Long> perStatus = new EnumMap<>(TicketStatus.class);
			DeskQueues.ACTIVE.forEach(status -> perStatus.put(status, 0L));
			byStatus.stream()
				.filter(count -> Objects.equals(count.teamId(), team.id()))
				.forEach(count -> perStatus.put(count.status(), count.tickets()));
			long soon = breaching.stream()
				.filter(count -> Objects.equals(count.teamId(), team.id()))
				.mapToLong(TicketCounts.TeamCount::tickets)
				.sum();
			return new TeamLoad(team, perStatus, soon);
		}).toList();
	}

	/** A team's active tickets, soonest due first, with the members a ticket may be handed to. */
	TeamQueue queue(long teamId, String cursor, Viewer viewer) {
		Teams.TeamView team = teams.find(teamId).orElseThrow(
				() -> io.kairos.shared.api.ProblemException.notFound("problem.ticket.team.unknown"));
		TicketFilter filter = new TicketFilter(DeskQueues.ACTIVE, teamId, null, false, null, null, null, null, null, null,
				null);
		Keyset.Page<io.kairos.desk.ticket.TicketListItem> page = listing.page(filter, TicketSort.DUE, cursor,
				Keyset.DEFAULT_SIZE, viewer);
		List<Member> members = team.members().stream().map(id -> new Member(id, names.staffName(id))).toList();
		return new TeamQueue(team, members, names.rows(page.items()), page.nextCursor());
	}

	record TeamLoad(Teams.TeamView team, Map<TicketStatus, Long> perStatus, long breachingSoon) {

		public long total() {
			return perStatus.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	record Member(long id, String name) {
	}

	record TeamQueue(Teams.TeamView team, List<Member> members, List<QueueRow> rows, String nextCursor) {
	}

}
