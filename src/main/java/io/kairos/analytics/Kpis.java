package io.kairos.analytics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.analytics.kpi.BacklogReader;
import io.kairos.analytics.kpi.CustomerBase;
import io.kairos.analytics.kpi.FeedbackReader;
import io.kairos.analytics.kpi.FeedbackScores;
import io.kairos.analytics.kpi.Figure;
import io.kairos.analytics.kpi.KpiDefinition;
import io.kairos.analytics.kpi.KpiReader;
import io.kairos.analytics.kpi.KpiTarget;
import io.kairos.analytics.kpi.KpiTargets;
import io.kairos.analytics.kpi.Sums;

/**
 * KPI values for a period, grouped and filtered ({@link KpiQuery}), with their targets and red/amber/green status.
 * NPS, CSAT and the MOT index come with the groups that have survey or MOT figures. Reads analytics' own roll-ups
 * only, never the desk's tables, so a 90-day request costs the same with a million
 * tickets as with a thousand. Backlog KPIs are the state now (see {@link BacklogReader}).
 */
@Service
public class Kpis {

	private static final List<Kpi> BACKLOG = List.of(Kpi.BACKLOG_AGE_UNDER_1D, Kpi.BACKLOG_AGE_1D_3D,
			Kpi.BACKLOG_AGE_3D_7D, Kpi.BACKLOG_AGE_OVER_7D);

	private final KpiReader reader;

	private final BacklogReader backlog;

	private final KpiTargets targets;

	private final CustomerBase customers;

	private final Clock clock;

	private final FeedbackReader feedback;

	Kpis(KpiReader reader, BacklogReader backlog, KpiTargets targets, CustomerBase customers, Clock clock,
			FeedbackReader feedback) {
		this.feedback = feedback;
		this.reader = reader;
		this.backlog = backlog;
		this.targets = targets;
		this.customers = customers;
		this.clock = clock;
	}

	/**
	 * Every KPI for every group of the query, groups in order (ticket groups first, then groups that only have
	 * survey or MOT figures, then backlog-only groups), KPIs in {@link Kpi} order within a group.
	 */
	@Transactional(readOnly = true)
	public List<KpiValue> compute(KpiQuery query) {
		Map<Kpi, KpiTarget> goals = targets.all();
		Map<String, Sums> groups = fold(reader.sums(query), query.groupBy(), Sums::empty, Sums::add);
		Map<String, long[]> feedback = fold(this.feedback.sums(query), query.groupBy(), () -> new long[8],
				(into, add) -> {
					for (int i = 0; i < into.length; i++) {
						into[i] += add[i];
					}
				});
		Map<String, long[]> ages = backlog.ages(query, clock.instant());
		Set<String> keys = new LinkedHashSet<>(groups.keySet());
		keys.addAll(feedback.keySet());
		if (query.groupBy() == GroupBy.NONE) {
			keys.add("all");
		}
		List<KpiValue> values = new ArrayList<>();
		for (String group : keys) {
			Sums sums = groups.getOrDefault(group, Sums.empty());
			long base = customers.customers(query.groupBy() == GroupBy.TIER ? group : query.tier());
			for (Map.Entry<Kpi, KpiDefinition> definition : KpiDefinition.ALL.entrySet()) {
				values.add(value(group, definition.getKey(), definition.getValue().compute(sums, base), goals));
			}
			long[] groupAges = ages.remove(group);
			if (groupAges != null) {
				addBacklog(values, group, groupAges, goals);
			}
			long[] scores = feedback.get(group);
			if (scores != null) {
				values.add(value(group, Kpi.NPS, FeedbackScores.nps(scores[FeedbackReader.PROMOTERS],
						scores[FeedbackReader.DETRACTORS], scores[FeedbackReader.NPS_N]), goals));
				values.add(value(group, Kpi.CSAT,
						FeedbackScores.csat(scores[FeedbackReader.SATISFIED], scores[FeedbackReader.CSAT_N]), goals));
				values.add(value(group, Kpi.MOT_INDEX,
						FeedbackScores.motIndex(scores[FeedbackReader.MOT_SUM], scores[FeedbackReader.MOT_N]), goals));
			}
		}
		// Backlog groups with no flow in the period (or the single "now" group of a time grouping) come last.
		ages.forEach((group, groupAges) -> addBacklog(values, group, groupAges, goals));
		return values;
	}

	/** The values of one KPI only, in group order. */
	public List<KpiValue> compute(KpiQuery query, Kpi kpi) {
		return compute(query).stream().filter(value -> value.kpi() == kpi).toList();
	}

	private static void addBacklog(List<KpiValue> values, String group, long[] ages, Map<Kpi, KpiTarget> goals) {
		long total = 0;
		for (long age : ages) {
			total += age;
		}
		values.add(value(group, Kpi.BACKLOG, Figure.count(total), goals));
		for (int i = 0; i < BACKLOG.size(); i++) {
			values.add(value(group, BACKLOG.get(i), Figure.count(ages[i]), goals));
		}
	}

	private static KpiValue value(String group, Kpi kpi, Figure figure, Map<Kpi, KpiTarget> goals) {
		KpiTarget target = goals.get(kpi);
		BigDecimal goal = target == null ? null : target.greenAt();
		return new KpiValue(group, kpi, figure.value(), figure.numerator(), figure.denominator(), goal,
				target == null ? null : target.status(figure.value()));
	}

	/** Days folded into weeks (their Monday) or months (their first day); other groupings stay as read. */
	private static <T> Map<String, T> fold(Map<String, T> byKey, GroupBy by, Supplier<T> empty, BiConsumer<T, T> add) {
		if (by != GroupBy.WEEK && by != GroupBy.MONTH) {
			return new LinkedHashMap<>(byKey);
		}
		Map<String, T> folded = new java.util.TreeMap<>();
		byKey.forEach((day, sums) -> {
			LocalDate date = LocalDate.parse(day);
			LocalDate start = by == GroupBy.WEEK ? date.with(DayOfWeek.MONDAY) : date.withDayOfMonth(1);
			add.accept(folded.computeIfAbsent(start.toString(), key -> empty.get()), sums);
		});
		return new LinkedHashMap<>(folded);
	}

}
