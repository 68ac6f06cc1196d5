package io.kairos.shared.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies over the limit with 413: at once when the declared length is too big, and while
 * streaming when a chunked body grows past it, so an oversized body is never read whole into memory.
 */
@Component
@Order(BodySizeLimitFilter.ORDER)
class BodySizeLimitFilter extends OncePerRequestFilter {

	/** Just after Spring's RequestContextFilter (-105), so refusals speak the caller's language; before security. */
	static final int ORDER = -104;

	private final long bodyLimit;

	private final long uploadLimit;

	private final ProblemWriter problemWriter;

	BodySizeLimitFilter(ApiSettings settings, ProblemWriter problemWriter) {
		this.bodyLimit = settings.maxBodySize().toBytes();
		this.uploadLimit = settings.maxUploadSize().toBytes();
		this.problemWriter = problemWriter;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		long limit = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
				? uploadLimit : bodyLimit;
		if (request.getContentLengthLong() > limit) {
			response.setHeader("Connection", "close");
			problemWriter.write(response, HttpStatus.CONTENT_TOO_LARGE, "problem.body-too-large", limit);
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit), response);
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new LimitedStream(super.getInputStream(), limit);
			}
			return stream;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private long count;

		LimitedStream(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = delegate.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = delegate.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) throws PayloadTooLarge {
			count += n;
			if (count > limit) {
				throw new PayloadTooLarge(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			delegate.setReadListener(listener);
		}

	}

}
