package io.kairos.analytics.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.analytics.GroupBy;
import io.kairos.analytics.Kpi;
import io.kairos.analytics.KpiQuery;
import io.kairos.analytics.KpiValue;
import io.kairos.analytics.Kpis;
import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketFact;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketType;
import io.kairos.test.KairosIntegrationTest;

/**
 * Every KPI against values computed by hand on a fixed set of five ticket facts, fed through the same projector
 * the desk's events use, on a team and agents of their own (so other tests' tickets never count). The facts carry
 * negative ticket ids, which no desk ticket has.
 * <p>
 * The data set, all on Monday 2 March 2026 (Asia/Shanghai) unless said:
 * <pre>
 * t1 HOTLINE INQUIRY   agent A  FRT  5 min  resolved 60 min  FCR  SLA FR met, res met
 * t2 HOTLINE COMPLAINT agent A  FRT 20 min  resolved 120 min      reopened once; SLA FR met, res breached
 * t3 HOTLINE INQUIRY   agent B  FRT 45 min  resolved 180 min FCR  SLA FR breached, res met;
 *                               callbacks: done on time, done late
 * t4 WEB     COMPLAINT agent B  FRT 10 min  open (created on that Monday: backlog age over 7 days); SLA FR met;
 *                               callbacks: due (not done), pending, cancelled; promises: kept, broken, open
 * t5 WEB     INQUIRY   agent B  no reply, open, created two days before now (backlog age 1–3 days)
 * </pre>
 */
@KairosIntegrationTest
class KpiFixedDataIntegrationTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	@Autowired
	TicketProjector projector;

	@Autowired
	Kpis kpis;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	long team;

	long agentA;

	long agentB;

	long firstId;

	List<TicketFact> facts;

	@BeforeEach
	void data() {
		team = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		agentA = team + 1;
		agentB = team + 2;
		firstId = -(ThreadLocalRandom.current().nextLong(1_000_000_000L) * 10 + 10);
		Instant ten = at(10, 0);
		Instant now = Instant.now();
		facts = List.of(
				fact(0, 1, ten, TicketChannel.HOTLINE, TicketType.INQUIRY, agentA, TicketStatus.RESOLVED, 300L,
						at(15, 0), 3_600L, true, 0, met(at(10, 5)), met(at(15, 0)), List.of(), List.of()),
				fact(1, 1, ten, TicketChannel.HOTLINE, TicketType.COMPLAINT, agentA, TicketStatus.CLOSED, 1_200L,
						at(16, 0), 7_200L, false, 1, met(at(10, 20)), breached(at(16, 0)), List.of(), List.of()),
				fact(2, 1, ten, TicketChannel.HOTLINE, TicketType.INQUIRY, agentB, TicketStatus.RESOLVED, 2_700L,
						at(17, 0), 10_800L, true, 0, breached(at(10, 45)), met(at(17, 0)),
						List.of(new TicketFact.Callback(1, "DONE", at(17, 30), at(17, 10)),
								new TicketFact.Callback(2, "DONE", at(17, 30), at(17, 40))),
						List.of()),
				fact(3, 1, ten, TicketChannel.WEB, TicketType.COMPLAINT, agentB, TicketStatus.OPEN, 600L, null, null,
						null, 0, met(at(10, 10)), null,
						List.of(new TicketFact.Callback(3, "DUE", at(11, 0), null),
								new TicketFact.Callback(4, "PENDING", at(11, 0), null),
								new TicketFact.Callback(5, "CANCELLED", at(11, 0), null)),
						List.of(new TicketFact.Promise(1, "KEPT", at(12, 0), at(11, 30)),
								new TicketFact.Promise(2, "BROKEN", at(12, 0), at(12, 30)),
								new TicketFact.Promise(3, "OPEN", at(18, 0), null))),
				fact(4, 1, now.minus(2, ChronoUnit.DAYS), TicketChannel.WEB, TicketType.INQUIRY, agentB,
						TicketStatus.NEW, null, null, null, null, 0, null, null, List.of(), List.of()));
		facts.forEach(this::apply);
	}

	@Test
	void everyKpiMatchesTheHandComputedValue() {
		Map<Kpi, KpiValue> day = byKpi(kpis.compute(query()));

		assertFigure(day.get(Kpi.VOLUME), "4", "4", null);
		assertFigure(day.get(Kpi.RESOLVED), "3", "3", null);
		// FCR: t1 and t3 of the three resolved.
		assertFigure(day.get(Kpi.FCR), "66.67", "2", "3");
		// Mean first response (5 + 20 + 45 + 10) / 4 = 20 minutes.
		assertFigure(day.get(Kpi.FIRST_RESPONSE_MEAN), "20.00", "80.00", "4");
		// Median of 5, 10, 20, 45: buckets [5,10) [10,15) [20,30) [45,60); n/2 = 2 falls at the end of [10,15)
		// with one response below it: 10 + (2 − 1) / 1 × 5 = 15 (the exact median is also 15).
		assertFigure(day.get(Kpi.FIRST_RESPONSE_MEDIAN), "15.00", null, "4");
		// Mean resolution (60 + 120 + 180) / 3 = 120 minutes.
		assertFigure(day.get(Kpi.RESOLUTION_MEAN), "120.00", "360.00", "3");
		// First-response SLA: t1, t2, t4 met of four judged.
		assertFigure(day.get(Kpi.SLA_FIRST_RESPONSE), "75.00", "3", "4");
		// Resolution SLA: t1, t3 met of three.
		assertFigure(day.get(Kpi.SLA_RESOLUTION), "66.67", "2", "3");
		// Callbacks that fell due: t3's two done ones and t4's due one (pending and cancelled do not count).
		assertFigure(day.get(Kpi.CALLBACK_COMPLETION), "66.67", "2", "3");
		assertFigure(day.get(Kpi.SLA_CALLBACK), "33.33", "1", "3");
		// Reopen rate: t2 of three resolved.
		assertFigure(day.get(Kpi.REOPEN_RATE), "33.33", "1", "3");
		// Promises: one kept of two settled; the open one is not counted yet.
		assertFigure(day.get(Kpi.PROMISE_KEPT), "50.00", "1", "2");
		// Complaint share: t2 and t4 of four opened.
		assertFigure(day.get(Kpi.COMPLAINT_SHARE), "50.00", "2", "4");
		// Complaint rate per 10,000 customers of the whole base.
		KpiValue rate = day.get(Kpi.COMPLAINT_RATE);
		assertThat(rate.numerator()).isEqualByComparingTo("2");
		assertThat(rate.denominator().longValue()).isPositive();
		assertThat(rate.value()).isEqualByComparingTo(new BigDecimal(20_000)
			.divide(rate.denominator(), 2, java.math.RoundingMode.HALF_UP));
		// Backlog now: t4 (created on 2 March, over 7 days old) and t5 (two days old).
		assertFigure(day.get(Kpi.BACKLOG), "2", "2", null);
		assertFigure(day.get(Kpi.BACKLOG_AGE_UNDER_1D), "0", "0", null);
		assertFigure(day.get(Kpi.BACKLOG_AGE_1D_3D), "1", "1", null);
		assertFigure(day.get(Kpi.BACKLOG_AGE_3D_7D), "0", "0", null);
		assertFigure(day.get(Kpi.BACKLOG_AGE_OVER_7D), "1", "1", null);
	}

	@Test
	void groupsSplitTheSameFigures() {
		Map<String, Map<Kpi, KpiValue>> channels = byGroup(kpis.compute(query().groupedBy(GroupBy.CHANNEL)));
		assertFigure(channels.get("HOTLINE").get(Kpi.VOLUME), "3", "3", null);
		assertFigure(channels.get("WEB").get(Kpi.VOLUME), "1", "1", null);
		assertFigure(channels.get("WEB").get(Kpi.BACKLOG), "2", "2", null);
		assertFigure(channels.get("HOTLINE").get(Kpi.FIRST_RESPONSE_MEAN), "23.33", "70.00", "3");

		Map<String, Map<Kpi, KpiValue>> agents = byGroup(kpis.compute(query().groupedBy(GroupBy.AGENT)));
		assertFigure(agents.get(Long.toString(agentA)).get(Kpi.FCR), "50.00", "1", "2");
		assertFigure(agents.get(Long.toString(agentB)).get(Kpi.FCR), "100.00", "1", "1");
		assertFigure(agents.get(Long.toString(agentB)).get(Kpi.BACKLOG), "2", "2", null);

		Map<String, Map<Kpi, KpiValue>> types = byGroup(kpis.compute(query().groupedBy(GroupBy.TYPE)));
		assertFigure(types.get("COMPLAINT").get(Kpi.VOLUME), "2", "2", null);

		Map<String, Map<Kpi, KpiValue>> weeks = byGroup(kpis.compute(new KpiQuery(DAY.minusDays(7), DAY.plusDays(7),
				GroupBy.WEEK, team, null, null, null, null)));
		assertFigure(weeks.get("2026-03-02").get(Kpi.VOLUME), "4", "4", null);
		assertThat(weeks).containsKeys("2026-03-02", "now").doesNotContainKey("2026-02-23");

		Map<Kpi, KpiValue> agentOnly = byKpi(kpis.compute(query().forAgent(agentA)));
		assertFigure(agentOnly.get(Kpi.VOLUME), "2", "2", null);
		assertFigure(agentOnly.get(Kpi.BACKLOG), "0", "0", null);
	}

	@Test
	void anEmptyPeriodHasNoValuesRatherThanZeroPercent() {
		Map<Kpi, KpiValue> empty = byKpi(kpis.compute(new KpiQuery(DAY.minusDays(30), DAY.minusDays(20),
				GroupBy.NONE, team, null, null, null, null)));
		assertFigure(empty.get(Kpi.VOLUME), "0", "0", null);
		assertThat(empty.get(Kpi.FCR).value()).isNull();
		assertThat(empty.get(Kpi.FIRST_RESPONSE_MEDIAN).value()).isNull();
	}

	@Test
	void applyingTheSameFactsAgainChangesNothingAndAnOlderFactNeverOverwritesANewerOne() {
		Map<String, List<Long>> before = rows();
		facts.forEach(this::apply);
		facts.forEach(this::apply);
		assertThat(rows()).isEqualTo(before);

		// t1 moves to a newer version (reassigned to B); then the older version arrives late and is ignored.
		TicketFact t1 = facts.get(0);
		TicketFact newer = new TicketFact(t1.ticketId(), 2, t1.createdAt(), t1.channel(), t1.type(), t1.categoryId(),
				t1.customerTier(), t1.teamId(), agentB, t1.status(), t1.firstResponseAt(), t1.firstResponseSeconds(),
				t1.resolvedAt(), t1.resolutionSeconds(), t1.firstContactResolution(), t1.reopenCount(),
				t1.firstResponseSla(), t1.resolutionSla(), t1.callbacks(), t1.promises());
		apply(newer);
		apply(t1);
		Map<String, Map<Kpi, KpiValue>> agents = byGroup(kpis.compute(query().groupedBy(GroupBy.AGENT)));
		assertFigure(agents.get(Long.toString(agentA)).get(Kpi.VOLUME), "1", "1", null);
		assertFigure(agents.get(Long.toString(agentB)).get(Kpi.VOLUME), "3", "3", null);
		assertFigure(byKpi(kpis.compute(query())).get(Kpi.VOLUME), "4", "4", null);
	}

	KpiQuery query() {
		return new KpiQuery(DAY, DAY, GroupBy.NONE, team, null, null, null, null);
	}

	void apply(TicketFact fact) {
		new TransactionTemplate(transactions)
			.executeWithoutResult(status -> projector.apply(fact.ticketId(), Optional.of(fact)));
	}

	/** Every roll-up row of the test's team with its counters, for comparing states. */
	Map<String, List<Long>> rows() {
		return RollupSnapshot.of(jdbc, team);
	}

	TicketFact fact(int index, int version, Instant created, TicketChannel channel, TicketType type, long agent,
			TicketStatus status, Long frtSeconds, Instant resolvedAt, Long resolutionSeconds, Boolean fcr, int reopens,
			TicketFact.SlaOutcome frtSla, TicketFact.SlaOutcome resSla, List<TicketFact.Callback> callbacks,
			List<TicketFact.Promise> promises) {
		Instant firstResponse = frtSeconds == null ? null : created.plusSeconds(frtSeconds);
		return new TicketFact(firstId - index, version, created, channel, type, null, "GOLD", team, agent, status,
				firstResponse, frtSeconds, resolvedAt, resolutionSeconds, fcr, reopens, frtSla, resSla, callbacks,
				promises);
	}

	static Instant at(int hour, int minute) {
		return DAY.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
	}

	static TicketFact.SlaOutcome met(Instant at) {
		return new TicketFact.SlaOutcome(true, at);
	}

	static TicketFact.SlaOutcome breached(Instant at) {
		return new TicketFact.SlaOutcome(false, at);
	}

	static Map<Kpi, KpiValue> byKpi(List<KpiValue> values) {
		assertThat(values.stream().map(KpiValue::group).distinct()).hasSize(1);
		return values.stream().collect(Collectors.toMap(KpiValue::kpi, v -> v));
	}

	static Map<String, Map<Kpi, KpiValue>> byGroup(List<KpiValue> values) {
		return values.stream()
			.collect(Collectors.groupingBy(KpiValue::group, Collectors.toMap(KpiValue::kpi, v -> v)));
	}

	static void assertFigure(KpiValue value, String expected, String numerator, String denominator) {
		assertThat(value).as("KPI value present").isNotNull();
		assertThat(value.value()).as(value.kpi() + " value").isEqualByComparingTo(expected);
		if (numerator == null) {
			assertThat(value.numerator()).as(value.kpi() + " numerator").isNull();
		}
		else {
			assertThat(value.numerator()).as(value.kpi() + " numerator").isEqualByComparingTo(numerator);
		}
		if (denominator == null) {
			assertThat(value.denominator()).as(value.kpi() + " denominator").isNull();
		}
		else {
			assertThat(value.denominator()).as(value.kpi() + " denominator").isEqualByComparingTo(denominator);
		}
	}

}
