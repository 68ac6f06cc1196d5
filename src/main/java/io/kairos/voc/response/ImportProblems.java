package io.kairos.voc.response;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import io.kairos.shared.api.Problems;

/** A refused import as an RFC 9457 problem in the caller's language, with every row's problems. */
@Component
public class ImportProblems {

	private final Problems problems;

	ImportProblems(Problems problems) {
		this.problems = problems;
	}

	public record Row(int row, List<Problems.FieldError> errors) {
	}

	public List<Row> rows(ResponseImport.Outcome outcome) {
		return outcome.rows()
			.stream()
			.map(row -> new Row(row.row(), row.problems()
				.stream()
				.map(problem -> new Problems.FieldError(problem.field(),
						problems.message(problem.messageKey(), problem.arguments())))
				.toList()))
			.toList();
	}

	public ProblemDetail problem(ResponseImport.Outcome outcome) {
		ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "problem.import.refused", outcome.rows().size());
		problem.setProperty("rows", rows(outcome));
		return problem;
	}

}
