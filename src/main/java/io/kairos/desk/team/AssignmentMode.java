package io.kairos.desk.team;

/** How a team's new tickets find an agent (SPEC §2.4). */
public enum AssignmentMode {
	MANUAL, ROUND_ROBIN, LEAST_LOADED
}
