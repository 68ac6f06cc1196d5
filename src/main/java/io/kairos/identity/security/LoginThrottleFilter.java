package io.kairos.identity.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import io.kairos.shared.api.ProblemWriter;

/**
 * Stops a sign-in attempt before the password is checked when the account or the client address is
 * throttled: 429 with Retry-After, a page for the login form and a problem for the API.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	static final String THROTTLED_PAGE = "/login/throttled";

	private final LoginThrottle throttle;

	private final SignInAudit audit;

	private final ProblemWriter problemWriter;

	LoginThrottleFilter(LoginThrottle throttle, SignInAudit audit, ProblemWriter problemWriter) {
		this.throttle = throttle;
		this.audit = audit;
		this.problemWriter = problemWriter;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean formLogin = "POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI());
		Optional<String> username = formLogin ? Optional.ofNullable(request.getParameter("username"))
				: basicUsername(request);
		if (username.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Duration> wait = throttle.blockedFor(username.get(), request.getRemoteAddr());
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, wait.get().toSeconds());
		audit.throttled(username.get(), seconds);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		if (formLogin) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			request.setAttribute("retryAfterSeconds", seconds);
			request.getRequestDispatcher(THROTTLED_PAGE).forward(request, response);
		}
		else {
			problemWriter.write(response, HttpStatus.TOO_MANY_REQUESTS, "problem.login.throttled", seconds);
		}
	}

	private static Optional<String> basicUsername(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return Optional.empty();
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
	}

}
