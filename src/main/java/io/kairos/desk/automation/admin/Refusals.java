package io.kairos.desk.automation.admin;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;

/**
 * Shows a service's refusal above an admin form, in the user's language and naming the field at fault
 * ({@code conditions[1].value}). Resolved here because a message may take several arguments.
 */
@Component
class Refusals {

	private final Problems problems;

	Refusals(Problems problems) {
		this.problems = problems;
	}

	void show(Model model, ProblemException problem) {
		model.addAttribute("refusal", problems.message(problem.messageKey(), problem.arguments()));
		model.addAttribute("refusalField", problem.field());
	}

}
