package io.kairos.shared.api;

import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Message keys for the exceptions Spring MVC raises before or around a controller. */
final class StandardProblems {

	private StandardProblems() {
	}

	static String messageKeyFor(Throwable ex) {
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			return "problem.unsupported-media-type";
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			return "problem.not-acceptable";
		}
		if (ex instanceof HttpRequestMethodNotSupportedException) {
			return "problem.method-not-allowed";
		}
		if (ex instanceof MissingServletRequestParameterException) {
			return "problem.missing-parameter";
		}
		if (ex instanceof MissingRequestHeaderException) {
			return "problem.missing-header";
		}
		if (ex instanceof NoResourceFoundException) {
			return "problem.not-found";
		}
		return "problem.bad-request";
	}

	static Object[] argumentsFor(Throwable ex) {
		if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
			return new Object[] { String.valueOf(unsupported.getContentType()) };
		}
		if (ex instanceof HttpRequestMethodNotSupportedException method) {
			return new Object[] { method.getMethod() };
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return new Object[] { missing.getParameterName() };
		}
		if (ex instanceof MissingRequestHeaderException missing) {
			return new Object[] { missing.getHeaderName() };
		}
		return new Object[0];
	}

	/** Message key for a bare status code, when no exception says more. */
	static String messageKeyFor(int status) {
		return switch (status) {
			case 401 -> "problem.unauthenticated";
			case 403 -> "problem.forbidden";
			case 404 -> "problem.not-found";
			case 405 -> "problem.method-not-allowed-plain";
			case 413 -> "problem.body-too-large-plain";
			case 415 -> "problem.unsupported-media-type-plain";
			default -> status >= 500 ? "problem.unexpected" : "problem.bad-request";
		};
	}

}
