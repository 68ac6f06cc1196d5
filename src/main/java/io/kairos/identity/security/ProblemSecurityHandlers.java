package io.kairos.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import io.kairos.shared.api.ProblemWriter;

/** 401 and 403 for the API as problems in the caller's language, never a login page redirect. */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemWriter problemWriter;

	private final String challenge;

	ProblemSecurityHandlers(ProblemWriter problemWriter, String challenge) {
		this.problemWriter = problemWriter;
		this.challenge = challenge;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
		problemWriter.write(response, HttpStatus.UNAUTHORIZED, "problem.unauthenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		problemWriter.write(response, HttpStatus.FORBIDDEN, "problem.forbidden");
	}

}
