package io.kairos.shared.api;

import java.io.IOException;

/** A request body passed the configured limit; raised while streaming, before the whole body is read. */
public class PayloadTooLarge extends IOException {

	private final long limit;

	public PayloadTooLarge(long limit) {
		super("Request body exceeds " + limit + " bytes");
		this.limit = limit;
	}

	public long limit() {
		return limit;
	}

	static PayloadTooLarge findIn(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof PayloadTooLarge tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}

}
