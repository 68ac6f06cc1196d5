package io.kairos.shared.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Writes a problem straight to the servlet response, for filters and security handlers outside MVC. */
@Component
public class ProblemWriter {

	private final Problems problems;

	private final JsonMapper json;

	ProblemWriter(Problems problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	public void write(HttpServletResponse response, HttpStatusCode status, String messageKey, Object... arguments)
			throws IOException {
		write(response, problems.problem(status, messageKey, arguments));
	}

	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(problem));
		response.getWriter().flush();
	}

}
