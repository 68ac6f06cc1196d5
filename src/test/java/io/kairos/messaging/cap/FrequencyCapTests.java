package io.kairos.messaging.cap;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrequencyCapTests {

	static final Instant NOW = Instant.parse("2025-03-10T08:00:00Z");

	@Test
	void theWindowRollsBackFromNow() {
		FrequencyCap daily = new FrequencyCap("ticket.pending-reminder", 1, 24, 0);

		assertThat(daily.windowStart(NOW)).isEqualTo(Instant.parse("2025-03-09T08:00:00Z"));
		assertThat(daily.counts(NOW.minus(Duration.ofHours(23).plusMinutes(59)), NOW)).isTrue();
		assertThat(daily.counts(NOW.minus(Duration.ofHours(24)), NOW)).as("exactly a window ago no longer counts")
			.isFalse();
		assertThat(daily.counts(NOW.minus(Duration.ofDays(2)), NOW)).isFalse();
	}

	@Test
	void aCalendarDayBoundaryDoesNotResetTheCount() {
		FrequencyCap daily = new FrequencyCap("ticket.pending-reminder", 1, 24, 0);
		Instant beforeMidnight = Instant.parse("2025-03-09T23:59:00Z");

		assertThat(daily.counts(beforeMidnight, Instant.parse("2025-03-10T00:01:00Z"))).isTrue();
	}

	@Test
	void surveyFatigueSpansThirtyDays() {
		FrequencyCap fatigue = new FrequencyCap("survey.invitation", 1, 720, 0);

		assertThat(fatigue.window()).isEqualTo(Duration.ofDays(30));
		assertThat(fatigue.counts(NOW.minus(Duration.ofDays(29)), NOW)).isTrue();
		assertThat(fatigue.counts(NOW.minus(Duration.ofDays(31)), NOW)).isFalse();
	}

	@Test
	void admitsUntilTheMaximumIsReached() {
		FrequencyCap two = new FrequencyCap("promise.reminder", 2, 24, 0);
		FrequencyCap none = new FrequencyCap("promise.reminder", 0, 24, 0);

		assertThat(two.admits(0)).isTrue();
		assertThat(two.admits(1)).isTrue();
		assertThat(two.admits(2)).isFalse();
		assertThat(none.admits(0)).as("a cap of 0 holds back every proactive message").isFalse();
	}

	@Test
	void refusesNonsense() {
		assertThatThrownBy(() -> new FrequencyCap("x", -1, 24, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new FrequencyCap("x", 1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
