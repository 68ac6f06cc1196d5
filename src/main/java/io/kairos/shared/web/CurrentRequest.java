package io.kairos.shared.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.MDC;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Facts about the HTTP request being served, for audit rows and error bodies. */
public final class CurrentRequest {

	public static final String REQUEST_ID = "requestId";

	private CurrentRequest() {
	}

	public static Optional<String> requestId() {
		String fromLog = MDC.get(REQUEST_ID);
		if (fromLog != null) {
			return Optional.of(fromLog);
		}
		return servletRequest().map(request -> (String) request.getAttribute(REQUEST_ID));
	}

	/**
	 * The client address as seen by the servlet container. Forwarded headers are honoured only when
	 * {@code server.forward-headers-strategy} names a trusted proxy, so a client cannot choose its own IP.
	 */
	public static Optional<String> clientIp() {
		return servletRequest().map(HttpServletRequest::getRemoteAddr);
	}

	public static Optional<HttpServletRequest> servletRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return Optional.of(attributes.getRequest());
		}
		return Optional.empty();
	}

}
