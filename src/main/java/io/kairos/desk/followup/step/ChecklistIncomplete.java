package io.kairos.desk.followup.step;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import io.kairos.shared.api.ProblemException;

/** A ticket cannot move forward: required items of its current step are not ticked (409, naming them). */
public class ChecklistIncomplete extends ProblemException {

	private final transient List<ChecklistEntry> missing;

	ChecklistIncomplete(int step, List<ChecklistEntry> missing) {
		super(HttpStatus.CONFLICT, "problem.step.checklist-incomplete", "step", step,
				missing.stream().map(ChecklistEntry::text).collect(Collectors.joining("; ")));
		this.missing = List.copyOf(missing);
	}

	public List<ChecklistEntry> missing() {
		return missing;
	}

}
