package io.kairos.desk.followup.step;

import org.springframework.stereotype.Component;

import io.kairos.desk.ServiceStep;
import io.kairos.desk.category.Categories;
import io.kairos.desk.category.Category;
import io.kairos.shared.api.ProblemException;

/** Turns the scope a request names (a category code, or none for the defaults) and a step number into ids. */
@Component
class ChecklistScopes {

	private final Categories categories;

	ChecklistScopes(Categories categories) {
		this.categories = categories;
	}

	Long categoryId(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return categories.byCode(code.strip())
			.map(Category::id)
			.orElseThrow(() -> ProblemException.invalid("category", "problem.ticket.category.unknown", code.strip()));
	}

	String code(String code) {
		return code == null || code.isBlank() ? null : code.strip();
	}

	ServiceStep step(int number) {
		if (number < 1 || number > ServiceStep.values().length) {
			throw ProblemException.invalid("step", "problem.ticket.step.range", 1, ServiceStep.values().length);
		}
		return ServiceStep.of(number);
	}

}
