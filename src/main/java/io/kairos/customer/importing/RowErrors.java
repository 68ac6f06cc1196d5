package io.kairos.customer.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;

/** Collects the errors of an import's rows, each message in the caller's language. */
final class RowErrors {

	private final Problems problems;

	private final List<ImportReport.RowError> errors = new ArrayList<>();

	RowErrors(Problems problems) {
		this.problems = problems;
	}

	void add(int row, String field, String messageKey, Object... arguments) {
		errors.add(new ImportReport.RowError(row, field, problems.message(messageKey, arguments)));
	}

	void add(int row, ProblemException problem) {
		add(row, problem.field() == null ? "" : problem.field(), problem.messageKey(), problem.arguments());
	}

	/** A bean validation failure, named by the field it concerns (a tag's error is the {@code tags} column's). */
	void add(int row, ConstraintViolation<?> violation) {
		Path.Node first = violation.getPropertyPath().iterator().next();
		errors.add(new ImportReport.RowError(row, first.getName(), violation.getMessage()));
	}

	List<ImportReport.RowError> sorted() {
		return errors.stream()
			.sorted(Comparator.comparingInt(ImportReport.RowError::row).thenComparing(ImportReport.RowError::field))
			.toList();
	}

}
