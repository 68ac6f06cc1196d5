package io.kairos.desk.console;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.kairos.desk.TicketStatus;
import io.kairos.desk.team.Teams;
import io.kairos.desk.ticket.TicketFilter;
import io.kairos.desk.ticket.TicketListItem;
import io.kairos.desk.ticket.TicketListing;
import io.kairos.desk.ticket.TicketSort;
import io.kairos.desk.ticket.Viewer;
import io.kairos.desk.ticket.Viewers;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.paging.Keyset;

/**
 * The queues of the agent console as filters of the one ticket listing: each view fixes the assignee, team,
 * statuses or due time, and the page's own filters narrow it further. Queues sort by due time unless asked for the
 * newest first.
 */
@Component
class DeskQueues {

	static final Set<TicketStatus> ACTIVE = EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER,
			TicketStatus.ON_HOLD);

	private final TicketListing listing;

	private final Viewers viewers;

	private final Teams teams;

	private final DeskNames names;

	private final Clock clock;

	private final Duration breachingWithin;

	DeskQueues(TicketListing listing, Viewers viewers, Teams teams, DeskNames names, Clock clock,
			@Value("${kairos.desk.breaching-within:PT2H}") Duration breachingWithin) {
		this.listing = listing;
		this.viewers = viewers;
		this.teams = teams;
		this.names = names;
		this.clock = clock;
		this.breachingWithin = breachingWithin;
	}

	QueuePage page(QueueQuery query, StaffPrincipal staff) {
		QueueView view = QueueView.of(query.view());
		if (view == QueueView.ALL && !staff.hasPermission("ticket.read.all")) {
			throw ProblemException.forbidden("problem.desk.queue.all");
		}
		Viewer viewer = viewers.of(staff);
		List<Teams.TeamView> myTeams = teams.all().stream().filter(team -> viewer.teams().contains(team.id())).toList();
		Long team = query.team();
		boolean teamView = view == QueueView.TEAM || view == QueueView.UNASSIGNED;
		if (teamView && (team == null || !viewer.teams().contains(team))) {
			team = myTeams.isEmpty() ? null : myTeams.get(0).id();
		}
		if (teamView && team == null) {
			return new QueuePage(view, myTeams, null, List.of(), null);
		}
		Set<TicketStatus> statuses = query.status() != null ? EnumSet.of(query.status()) : ACTIVE;
		TicketFilter filter = new TicketFilter(statuses, team, view == QueueView.MINE ? staff.id() : null,
				view == QueueView.UNASSIGNED, null, query.channel(), query.type(), query.priority(), query.tag(), query.q(),
				view == QueueView.BREACHING ? clock.instant().plus(breachingWithin) : null);
		Keyset.Page<TicketListItem> page = listing.page(filter, query.newest() ? TicketSort.NEWEST : TicketSort.DUE,
				query.cursor(), Keyset.DEFAULT_SIZE, viewer);
		return new QueuePage(view, myTeams, team, names.rows(page.items()), page.nextCursor());
	}

	/** The queues this user may open, in the order of the tabs. */
	static List<QueueView> viewsFor(StaffPrincipal staff) {
		List<QueueView> views = new ArrayList<>(List.of(QueueView.MINE, QueueView.TEAM, QueueView.UNASSIGNED,
				QueueView.BREACHING));
		if (staff.hasPermission("ticket.read.all")) {
			views.add(QueueView.ALL);
		}
		return views;
	}

	record QueuePage(QueueView view, List<Teams.TeamView> myTeams, Long team, List<QueueRow> rows, String nextCursor) {

		/** A team queue for someone in no team: nothing to list, and the page says why. */
		public boolean withoutTeam() {
			return (view == QueueView.TEAM || view == QueueView.UNASSIGNED) && team == null;
		}

	}

}
