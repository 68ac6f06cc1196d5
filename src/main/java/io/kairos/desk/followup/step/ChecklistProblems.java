package io.kairos.desk.followup.step;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.kairos.shared.api.Problems;

/**
 * The 409 of an incomplete checklist lists the missing items (id and text) next to the sentence naming them,
 * so a client can point at each box. Runs before the general problem handler, for this exception only.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChecklistProblems {

	private final Problems problems;

	ChecklistProblems(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ChecklistIncomplete.class)
	ResponseEntity<ProblemDetail> incomplete(ChecklistIncomplete ex) {
		ProblemDetail problem = problems.problem(ex.status(), ex.messageKey(), ex.arguments());
		problems.withErrors(problem, List.of(new Problems.FieldError(ex.field(), problem.getDetail())));
		problem.setProperty("missingItems",
				ex.missing().stream().map(item -> new MissingItem(item.itemId(), item.text())).toList());
		return problems.response(problem);
	}

	record MissingItem(long id, String text) {
	}

}
