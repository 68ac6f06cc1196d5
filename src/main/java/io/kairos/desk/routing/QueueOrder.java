package io.kairos.desk.routing;

import java.util.List;

import io.kairos.desk.TicketPriority;

/**
 * The order of a team's unassigned queue (SPEC §2.4, high tiers first): tier rank (the configured order from the
 * top; other tiers and none after all of them), then priority from URGENT down, then the oldest first, then id.
 * The database sorts; this class gives the ranks it sorts by.
 */
final class QueueOrder {

	private final List<String> tiersFromTop;

	QueueOrder(List<String> tiersFromTop) {
		this.tiersFromTop = List.copyOf(tiersFromTop);
	}

	int tierRank(String tier) {
		int rank = tier == null ? -1 : tiersFromTop.indexOf(tier);
		return rank < 0 ? tiersFromTop.size() : rank;
	}

	/** The tiers in rank order: the i-th has rank i. */
	List<String> rankedTiers() {
		return tiersFromTop;
	}

	static int priorityRank(TicketPriority priority) {
		return TicketPriority.URGENT.ordinal() - priority.ordinal();
	}

}
