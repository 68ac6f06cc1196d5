package io.kairos.identity.security;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** the wait after repeated failures starts at the base, doubles, and never exceeds the maximum. */
class LoginThrottleTests {

	private static LoginThrottle throttle(Duration base, Duration max) {
		return new LoginThrottle(null, new LoginSettings(5, Duration.ofMinutes(15), base, max, 50), Clock.systemUTC());
	}

	@Test
	void theFirstFailurePastTheLimitWaitsTheBaseDelay() {
		assertThat(throttle(Duration.ofSeconds(30), Duration.ofMinutes(15)).delayAfter(0))
			.isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void eachFurtherFailureDoublesTheWait() {
		LoginThrottle throttle = throttle(Duration.ofSeconds(30), Duration.ofMinutes(15));

		assertThat(throttle.delayAfter(1)).isEqualTo(Duration.ofSeconds(60));
		assertThat(throttle.delayAfter(2)).isEqualTo(Duration.ofSeconds(120));
		assertThat(throttle.delayAfter(3)).isEqualTo(Duration.ofSeconds(240));
		assertThat(throttle.delayAfter(4)).isEqualTo(Duration.ofSeconds(480));
	}

	// nobody can lock an account (an admin's) out for good: the wait stops growing at the maximum
	@Test
	void theWaitIsCappedAtTheMaximum() {
		LoginThrottle throttle = throttle(Duration.ofSeconds(30), Duration.ofMinutes(15));

		assertThat(throttle.delayAfter(5)).isEqualTo(Duration.ofMinutes(15));
		assertThat(throttle.delayAfter(6)).isEqualTo(Duration.ofMinutes(15));
		assertThat(throttle.delayAfter(64)).isEqualTo(Duration.ofMinutes(15));
		assertThat(throttle.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(15));
		assertThat(throttle.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void theWaitNeverShrinks() {
		LoginThrottle throttle = throttle(Duration.ofSeconds(7), Duration.ofHours(1));
		Duration previous = Duration.ZERO;
		for (int failures = 0; failures < 100; failures++) {
			Duration delay = throttle.delayAfter(failures);
			assertThat(delay).as("after %d", failures).isGreaterThanOrEqualTo(previous)
				.isLessThanOrEqualTo(Duration.ofHours(1));
			previous = delay;
		}
		assertThat(previous).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aBaseAboveTheMaximumIsCappedToo() {
		assertThat(throttle(Duration.ofMinutes(20), Duration.ofMinutes(15)).delayAfter(0))
			.isEqualTo(Duration.ofMinutes(15));
	}

}
