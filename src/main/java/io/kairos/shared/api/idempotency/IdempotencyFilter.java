package io.kairos.shared.api.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import io.kairos.shared.api.PayloadTooLarge;
import io.kairos.shared.api.ProblemWriter;

/**
 * The Idempotency-Key mechanism for every API create (POST). The same key with the same body returns the
 * stored answer; the same key with another body is 422; a request arriving while the first is still
 * running gets 409 with Retry-After. Server errors and answers carrying a secret are not stored, so the
 * caller may retry them.
 * Runs after Spring Security (the default filter order), so keys are scoped to the caller.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

	private final IdempotencyRecords records;

	private final ProblemWriter problemWriter;

	IdempotencyFilter(IdempotencyRecords records, ProblemWriter problemWriter) {
		this.records = records;
		this.problemWriter = problemWriter;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (!VALID_KEY.matcher(key).matches()) {
			problemWriter.write(response, HttpStatus.BAD_REQUEST, "problem.idempotency.invalid-key");
			return;
		}
		byte[] body;
		try {
			body = request.getInputStream().readAllBytes();
		}
		catch (PayloadTooLarge tooLarge) {
			problemWriter.write(response, HttpStatus.CONTENT_TOO_LARGE, "problem.body-too-large", tooLarge.limit());
			return;
		}
		String scope = scopeOf(request);
		String hash = sha256(request, body);
		// The expired record of an old request is looked for only when the key is taken: most keys are new.
		if (!records.claim(scope, key, hash)
				&& !(records.releaseIfExpired(scope, key) && records.claim(scope, key, hash))) {
			answerFromStore(scope, key, hash, response);
			return;
		}
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		boolean stored = false;
		try {
			chain.doFilter(new ReplayedRequest(request, body), captured);
			if (captured.getStatus() < 500 && !carriesSecret(captured)) {
				records.complete(scope, key, captured.getStatus(), captured.getContentType(),
						captured.getHeader(HttpHeaders.LOCATION),
						new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8));
				stored = true;
			}
		}
		finally {
			if (!stored) {
				records.release(scope, key);
			}
			captured.copyBodyToResponse();
		}
	}

	private void answerFromStore(String scope, String key, String hash, HttpServletResponse response)
			throws IOException {
		Optional<IdempotencyRecords.StoredAnswer> found = records.find(scope, key);
		if (found.isEmpty() || !found.get().completed()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			problemWriter.write(response, HttpStatus.CONFLICT, "problem.idempotency.in-progress");
			return;
		}
		IdempotencyRecords.StoredAnswer answer = found.get();
		if (!answer.requestHash().equals(hash)) {
			problemWriter.write(response, HttpStatus.UNPROCESSABLE_CONTENT, "problem.idempotency.key-reused");
			return;
		}
		response.setStatus(answer.status());
		response.setHeader("Idempotent-Replayed", "true");
		if (answer.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, answer.location());
		}
		if (answer.contentType() != null) {
			response.setContentType(answer.contentType());
		}
		if (answer.body() != null) {
			response.getOutputStream().write(answer.body().getBytes(StandardCharsets.UTF_8));
		}
	}

	/**
	 * An answer marked {@code Cache-Control: no-store} (a new API token's secret) is never written to the
	 * store: a retry then makes a new one instead of replaying a secret kept in plain text.
	 */
	private static boolean carriesSecret(HttpServletResponse response) {
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		return cacheControl != null && cacheControl.contains("no-store");
	}

	private static String scopeOf(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String caller = authentication != null ? authentication.getName() : "anonymous";
		return caller + " " + request.getRequestURI();
	}

	private static String sha256(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(String.valueOf(request.getContentType()).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** The request again, with its already-read body available to the controller. */
	private static final class ReplayedRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		ReplayedRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new IllegalStateException("Synchronous reads only");
				}
			};
		}

	}

}
