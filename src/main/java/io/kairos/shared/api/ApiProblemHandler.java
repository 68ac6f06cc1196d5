package io.kairos.shared.api;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception raised by a REST controller into a problem in the caller's language. Requests that
 * never reach a controller (unknown path, wrong method or media type) are answered by {@link ErrorPages}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	private final Problems problems;

	ApiProblemHandler(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> handleProblem(ProblemException ex) {
		ProblemDetail problem = problems.problem(ex.status(), ex.messageKey(), ex.arguments());
		if (ex.field() != null) {
			problems.withErrors(problem, List.of(new Problems.FieldError(ex.field(), problem.getDetail())));
		}
		return problems.response(problem);
	}

	@ExceptionHandler(PayloadTooLarge.class)
	ResponseEntity<ProblemDetail> handleTooLarge(PayloadTooLarge ex) {
		return problems.response(problems.problem(HttpStatus.CONTENT_TOO_LARGE, "problem.body-too-large", ex.limit()));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> handleStale(OptimisticLockingFailureException ex) {
		return problems.response(problems.problem(HttpStatus.CONFLICT, "problem.concurrent-change"));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> handleDenied(AccessDeniedException ex) {
		return problems.response(problems.problem(HttpStatus.FORBIDDEN, "problem.forbidden"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "problem.bad-parameter", ex.getName());
		return problems.response(
				problems.withErrors(problem, List.of(new Problems.FieldError(ex.getName(), problem.getDetail()))));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return problems.response(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected"));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		PayloadTooLarge tooLarge = PayloadTooLarge.findIn(ex);
		if (tooLarge != null) {
			return asObject(handleTooLarge(tooLarge));
		}
		return asObject(problems.response(JsonProblems.describe(ex, problems)));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problems.FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new Problems.FieldError(error.getField(), error.getDefaultMessage()))
			.toList();
		ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "problem.validation");
		return asObject(problems.response(problems.withErrors(problem, errors)));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problems.FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new Problems.FieldError(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "problem.validation");
		return asObject(problems.response(problems.withErrors(problem, errors)));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ProblemDetail problem = problems.problem(statusCode, StandardProblems.messageKeyFor(ex),
				StandardProblems.argumentsFor(ex));
		return ResponseEntity.status(statusCode)
			.headers(headers)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@SuppressWarnings("unchecked")
	private static ResponseEntity<Object> asObject(ResponseEntity<?> response) {
		return (ResponseEntity<Object>) response;
	}

}
