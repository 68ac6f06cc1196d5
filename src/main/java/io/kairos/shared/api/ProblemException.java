package io.kairos.shared.api;

import org.springframework.http.HttpStatus;

/**
 * A caller's mistake or a refused business rule, named by a message key so the API can answer in the
 * caller's language. Thrown by application services; turned into an RFC 9457 problem at the edge.
 */
public class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final transient Object[] arguments;

	private final String field;

	public ProblemException(HttpStatus status, String messageKey, String field, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.field = field;
		this.arguments = arguments;
	}

	public static ProblemException notFound(String messageKey, Object... arguments) {
		return new ProblemException(HttpStatus.NOT_FOUND, messageKey, null, arguments);
	}

	public static ProblemException conflict(String messageKey, Object... arguments) {
		return new ProblemException(HttpStatus.CONFLICT, messageKey, null, arguments);
	}

	public static ProblemException invalid(String field, String messageKey, Object... arguments) {
		return new ProblemException(HttpStatus.BAD_REQUEST, messageKey, field, arguments);
	}

	public static ProblemException forbidden(String messageKey, Object... arguments) {
		return new ProblemException(HttpStatus.FORBIDDEN, messageKey, null, arguments);
	}

	public HttpStatus status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	public String field() {
		return field;
	}

}
