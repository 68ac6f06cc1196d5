package io.kairos.desk.console;

import java.util.Arrays;
import java.util.Locale;

/** The agent's queues: their own work, their team's, the team's unassigned tickets, the urgent ones, everything. */
enum QueueView {

	MINE, TEAM, UNASSIGNED, BREACHING, ALL;

	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "desk.queue." + parameter();
	}

	/** Unknown or missing names fall back to the agent's own queue. */
	static QueueView of(String parameter) {
		return Arrays.stream(values())
			.filter(view -> view.parameter().equals(parameter))
			.findFirst()
			.orElse(MINE);
	}

}
