package io.kairos.analytics.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketFact;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketType;

class ContributionsTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final Instant CREATED = Instant.parse("2026-03-01T15:30:00Z"); // 23:30 on 1 March in Shanghai

	@Test
	void eachCounterGoesToTheDayItsEventHappenedInTheReportingZone() {
		TicketFact fact = fact(TicketStatus.RESOLVED, Instant.parse("2026-03-02T02:00:00Z"), 600L);
		Map<RollupKey, long[]> rows = Contributions.of(fact, SHANGHAI);
		long[] opened = rows.get(new RollupKey(RollupTable.DAILY, java.time.LocalDate.of(2026, 3, 1), 7, "WEB", "GOLD",
				"COMPLAINT", 0));
		long[] resolved = rows.get(new RollupKey(RollupTable.DAILY, java.time.LocalDate.of(2026, 3, 2), 7, "WEB",
				"GOLD", "COMPLAINT", 0));
		assertThat(opened[Measure.OPENED.ordinal()]).isEqualTo(1);
		assertThat(opened[Measure.OPENED_COMPLAINTS.ordinal()]).isEqualTo(1);
		assertThat(resolved[Measure.RESOLVED.ordinal()]).isEqualTo(1);
		assertThat(resolved[Measure.RESOLUTION_SECS.ordinal()]).isEqualTo(600);
		assertThat(rows.keySet()).extracting(RollupKey::table)
			.containsOnly(RollupTable.DAILY, RollupTable.AGENT, RollupTable.CATEGORY, RollupTable.TOTAL);
	}

	@Test
	void theSameFactTwiceIsNoChangeAndAChangeMovesItsCountersOnly() {
		TicketFact open = fact(TicketStatus.OPEN, null, null);
		TicketFact resolved = fact(TicketStatus.RESOLVED, Instant.parse("2026-03-02T02:00:00Z"), 600L);
		assertThat(Contributions.delta(Contributions.of(resolved, SHANGHAI), Contributions.of(resolved, SHANGHAI)))
			.isEmpty();
		Map<RollupKey, long[]> delta = Contributions.delta(Contributions.of(open, SHANGHAI),
				Contributions.of(resolved, SHANGHAI));
		assertThat(delta.keySet()).extracting(RollupKey::date).containsOnly(java.time.LocalDate.of(2026, 3, 2));
		assertThat(delta.values()).allSatisfy(counters -> assertThat(counters[Measure.OPENED.ordinal()]).isZero());
	}

	@Test
	void firstResponsesFallIntoTheirBusinessMinuteBucket() {
		assertThat(FirstResponseBuckets.of(0)).isZero();
		assertThat(FirstResponseBuckets.of(299)).isZero();
		assertThat(FirstResponseBuckets.of(300)).isEqualTo(1);
		assertThat(FirstResponseBuckets.of(3_600)).isEqualTo(7);
		assertThat(FirstResponseBuckets.of(10_000_000)).isEqualTo(19);
		assertThat(FirstResponseBuckets.LOWER).hasSize(20).isSorted();
	}

	static TicketFact fact(TicketStatus status, Instant resolvedAt, Long resolutionSeconds) {
		return new TicketFact(1, 1, CREATED, TicketChannel.WEB, TicketType.COMPLAINT, 3L, "GOLD", 7L, 9L, status, null,
				null, resolvedAt, resolutionSeconds, true, 0, null, null, List.of(), List.of());
	}

}
