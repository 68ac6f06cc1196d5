package io.kairos.desk.console;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlaCountdownTests {

	static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

	static final Instant DUE = START.plus(Duration.ofHours(4));

	@Test
	void aClockIsOnTimeUntilAQuarterOfItsTargetIsLeftThenWarnsThenBreaches() {
		SlaCountdown clock = new SlaCountdown(START, DUE, null);

		assertThat(clock.state(START.plus(Duration.ofHours(2)))).isEqualTo(SlaCountdown.State.OK);
		assertThat(clock.state(DUE.minus(Duration.ofMinutes(61)))).isEqualTo(SlaCountdown.State.OK);
		assertThat(clock.state(DUE.minus(Duration.ofMinutes(59)))).isEqualTo(SlaCountdown.State.WARNING);
		assertThat(clock.state(DUE.plusSeconds(1))).isEqualTo(SlaCountdown.State.BREACHED);
		assertThat(clock.badge(DUE.plusSeconds(1))).isEqualTo("text-bg-danger");
	}

	@Test
	void theTimeLeftIsShownAsHoursMinutesAndSecondsAndNegativeOnceBreached() {
		SlaCountdown clock = new SlaCountdown(START, DUE, null);

		assertThat(clock.remaining(START)).isEqualTo("4:00:00");
		assertThat(clock.remaining(DUE.minusSeconds(61))).isEqualTo("0:01:01");
		assertThat(clock.remaining(DUE.plus(Duration.ofHours(27).plusMinutes(5)))).isEqualTo("-27:05:00");
	}

	@Test
	void aPausedClockIsFrozenAtTheMomentItStopped() {
		SlaCountdown clock = new SlaCountdown(START, DUE, START.plus(Duration.ofHours(1)));

		assertThat(clock.state(DUE.plus(Duration.ofDays(1)))).isEqualTo(SlaCountdown.State.PAUSED);
		assertThat(clock.remaining(DUE.plus(Duration.ofDays(1)))).isEqualTo("3:00:00");
	}

	@Test
	void withoutATargetThereIsNothingToCountDown() {
		SlaCountdown clock = new SlaCountdown(START, null, null);

		assertThat(clock.state(START)).isEqualTo(SlaCountdown.State.NONE);
		assertThat(clock.remaining(START)).isEmpty();
	}

}
