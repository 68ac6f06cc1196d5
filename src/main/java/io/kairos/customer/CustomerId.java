package io.kairos.customer;

/** Identifies a customer across modules; other modules hold this, never a customer record. */
public record CustomerId(long value) {

	public CustomerId {
		if (value <= 0) {
			throw new IllegalArgumentException("A customer id is positive");
		}
	}

}
