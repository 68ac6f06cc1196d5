package io.kairos.desk.console;

import io.kairos.desk.team.AssignmentMode;

/** A new team from the desk admin's form. */
record TeamForm(String name, String description, AssignmentMode assignmentMode) {

	static TeamForm empty() {
		return new TeamForm(null, null, AssignmentMode.MANUAL);
	}

}
