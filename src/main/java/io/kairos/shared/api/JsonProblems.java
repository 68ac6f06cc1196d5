package io.kairos.shared.api;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Says in plain words what is wrong with an unreadable JSON body, naming the field where it can. */
final class JsonProblems {

	private JsonProblems() {
	}

	static ProblemDetail describe(HttpMessageNotReadableException ex, Problems problems) {
		Throwable cause = ex.getCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			String field = path(unknown);
			ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "problem.json.unknown-field", field);
			return problems.withErrors(problem,
					List.of(new Problems.FieldError(field, problems.message("problem.json.unknown-field", field))));
		}
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = path(mismatch);
			ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "problem.json.wrong-type", field);
			return problems.withErrors(problem,
					List.of(new Problems.FieldError(field, problems.message("problem.json.wrong-type", field))));
		}
		if (cause instanceof StreamReadException || cause instanceof JacksonException) {
			return problems.problem(HttpStatus.BAD_REQUEST, "problem.json.malformed");
		}
		if (cause == null && ex.getMessage() != null && ex.getMessage().startsWith("Required request body")) {
			return problems.problem(HttpStatus.BAD_REQUEST, "problem.json.missing");
		}
		return problems.problem(HttpStatus.BAD_REQUEST, "problem.json.malformed");
	}

	private static String path(JacksonException ex) {
		return ex.getPath()
			.stream()
			.map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

}
