package io.kairos.shared.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers errors that happen outside a controller (unknown path, wrong method, wrong media type, a
 * filter's refusal): a problem in the caller's language for the API, a friendly page for people.
 */
@Controller
class ErrorPages implements ErrorController {

	private final Problems problems;

	private final ErrorAttributes errorAttributes;

	ErrorPages(Problems problems, ErrorAttributes errorAttributes) {
		this.problems = problems;
		this.errorAttributes = errorAttributes;
	}

	@RequestMapping(path = "/error", produces = { MediaType.APPLICATION_JSON_VALUE,
			MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		return problems.response(problemFor(request));
	}

	@RequestMapping("/error")
	Object page(HttpServletRequest request) {
		if (isApi(request)) {
			return problem(request);
		}
		HttpStatus status = statusOf(request);
		ModelAndView view = new ModelAndView("error", status);
		view.addObject("status", status.value());
		view.addObject("message", problems.message(StandardProblems.messageKeyFor(status.value())));
		return view;
	}

	private ProblemDetail problemFor(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		Throwable error = errorAttributes.getError(new ServletWebRequest(request));
		if (error != null && PayloadTooLarge.findIn(error) != null) {
			return problems.problem(HttpStatus.CONTENT_TOO_LARGE, "problem.body-too-large",
					PayloadTooLarge.findIn(error).limit());
		}
		if (error != null && status.is4xxClientError()) {
			String key = StandardProblems.messageKeyFor(error);
			if (!"problem.bad-request".equals(key)) {
				return problems.problem(status, key, StandardProblems.argumentsFor(error));
			}
		}
		return problems.problem(status, StandardProblems.messageKeyFor(status.value()));
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}


}
