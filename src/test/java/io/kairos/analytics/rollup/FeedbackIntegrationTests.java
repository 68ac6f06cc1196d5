package io.kairos.analytics.rollup;

import static io.kairos.analytics.rollup.KpiFixedDataIntegrationTests.assertFigure;
import static io.kairos.analytics.rollup.KpiFixedDataIntegrationTests.at;
import static io.kairos.analytics.rollup.KpiFixedDataIntegrationTests.byGroup;
import static io.kairos.analytics.rollup.KpiFixedDataIntegrationTests.byKpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.analytics.GroupBy;
import io.kairos.analytics.Kpi;
import io.kairos.analytics.KpiQuery;
import io.kairos.analytics.KpiValue;
import io.kairos.analytics.Kpis;
import io.kairos.journey.MotFacts;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.voc.SurveyFacts;

/**
 * NPS, CSAT and the MOT index against hand-computed values on fixed survey responses and MOT scores of a team of
 * the test's own (negative ids, which no stored response or score has), counted through the same projector the
 * VoC and journey events use; counting them again changes nothing.
 * <pre>
 * NPS answers 10, 9, 8, 7, 6, 0 (agent A, WEB) → promoters 2, detractors 2: NPS = 100 × (2 − 2) ÷ 6 = 0
 * plus 10 (agent B, HOTLINE)                    → over 7: 100 × (3 − 2) ÷ 7 = 14.29
 * CSAT answers 5, 4, 3, 1 (agent A)              → 2 satisfied of 4 = 50.00
 * MOT scores +3, +1, −2, −3 (agent A), +2 (B)   → index (3 + 1 − 2 − 3 + 2) ÷ 5 = 0.20
 * </pre>
 */
@KairosIntegrationTest
class FeedbackIntegrationTests {

	static final LocalDate DAY = KpiFixedDataIntegrationTests.DAY;

	@Autowired
	FeedbackProjector projector;

	@Autowired
	Kpis kpis;

	@Autowired
	PlatformTransactionManager transactions;

	long team;

	long agentA;

	long agentB;

	List<SurveyFacts.Fact> responses;

	List<MotFacts.Fact> scores;

	@BeforeEach
	void data() {
		team = 7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		agentA = team + 1;
		agentB = team + 2;
		long id = -(ThreadLocalRandom.current().nextLong(1_000_000_000L) * 20 + 20);
		responses = List.of(response(id, agentA, "WEB", 10, 5), response(id - 1, agentA, "WEB", 9, 4),
				response(id - 2, agentA, "WEB", 8, 3), response(id - 3, agentA, "WEB", 7, 1),
				response(id - 4, agentA, "WEB", 6, null), response(id - 5, agentA, "WEB", 0, null),
				response(id - 6, agentB, "HOTLINE", 10, null));
		scores = List.of(score(id, agentA, 3), score(id - 1, agentA, 1), score(id - 2, agentA, -2),
				score(id - 3, agentA, -3), score(id - 4, agentB, 2));
		countAll();
	}

	@Test
	void npsCsatAndTheMotIndexMatchTheHandComputedValues() {
		Map<Kpi, KpiValue> all = byKpi(kpis.compute(query()));
		assertFigure(all.get(Kpi.NPS), "14.29", "1", "7");
		assertFigure(all.get(Kpi.CSAT), "50.00", "2", "4");
		assertFigure(all.get(Kpi.MOT_INDEX), "0.20", "1", "5");

		Map<String, Map<Kpi, KpiValue>> agents = byGroup(kpis.compute(query().groupedBy(GroupBy.AGENT)));
		assertFigure(agents.get(Long.toString(agentA)).get(Kpi.NPS), "0.00", "0", "6");
		assertFigure(agents.get(Long.toString(agentA)).get(Kpi.MOT_INDEX), "-0.25", "-1", "4");
		assertFigure(agents.get(Long.toString(agentB)).get(Kpi.NPS), "100.00", "1", "1");

		// By channel: surveys know their channel, MOT scores do not, so the MOT index is left out.
		Map<Kpi, KpiValue> web = byKpi(kpis.compute(new KpiQuery(DAY, DAY, GroupBy.NONE, team, "WEB", null, null,
				null)));
		assertFigure(web.get(Kpi.NPS), "0.00", "0", "6");
		org.assertj.core.api.Assertions.assertThat(web.get(Kpi.MOT_INDEX).value()).isNull();
	}

	@Test
	void countingTheSameResponsesAndScoresAgainChangesNothing() {
		countAll();
		countAll();
		Map<Kpi, KpiValue> all = byKpi(kpis.compute(query()));
		assertFigure(all.get(Kpi.NPS), "14.29", "1", "7");
		assertFigure(all.get(Kpi.MOT_INDEX), "0.20", "1", "5");
	}

	void countAll() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			responses.forEach(projector::count);
			scores.forEach(projector::count);
		});
	}

	KpiQuery query() {
		return new KpiQuery(DAY, DAY, GroupBy.NONE, team, null, null, null, null);
	}

	SurveyFacts.Fact response(long id, long agent, String channel, Integer nps, Integer csat) {
		return new SurveyFacts.Fact(id, team, agent, channel, "GOLD", nps, csat, at(11, 0), null);
	}

	MotFacts.Fact score(long id, long agent, int score) {
		return new MotFacts.Fact(id, score, 1, team, agent, at(12, 0));
	}

}
