package io.kairos.messaging.outbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTests {

	final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6));

	@Test
	void doublesAfterEachFailure() {
		assertThat(backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(backoff.after(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(backoff.after(6)).isEqualTo(Duration.ofMinutes(32));
	}

	@Test
	void neverWaitsLongerThanTheMaximum() {
		assertThat(backoff.after(9)).isEqualTo(Duration.ofMinutes(256));
		assertThat(backoff.after(10)).isEqualTo(Duration.ofHours(6));
		assertThat(backoff.after(10_000)).as("no overflow").isEqualTo(Duration.ofHours(6));
	}

	@Test
	void noWaitBeforeTheFirstFailure() {
		assertThat(backoff.after(0)).isZero();
	}

	@Test
	void refusesAMaximumBelowTheBase() {
		assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(5), Duration.ofMinutes(1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void failureTextsCarryNoAddresses() {
		String text = Delivery.describe(new IllegalStateException("Invalid Addresses: li@example.com, +8613800138000\nnext"));

		assertThat(text).isEqualTo("IllegalStateException: Invalid Addresses: ***, *** next");
	}

}
