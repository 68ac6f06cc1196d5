package io.kairos.analytics.kpi;

import java.util.EnumMap;
import java.util.Map;

import io.kairos.analytics.Kpi;
import io.kairos.analytics.rollup.FirstResponseBuckets;
import io.kairos.analytics.rollup.Measure;

/**
 * How each roll-up KPI is computed from a group's summed counters (SPEC §11 standard definitions). Pure; the
 * backlog KPIs are counted from open tickets by {@link BacklogReader} instead.
 */
public sealed interface KpiDefinition {

	/** {@code customers}: the customer base the group's complaints are measured against (complaint rate). */
	Figure compute(Sums sums, long customers);

	/** The definition of every roll-up KPI. */
	Map<Kpi, KpiDefinition> ALL = definitions();

	private static Map<Kpi, KpiDefinition> definitions() {
		Map<Kpi, KpiDefinition> all = new EnumMap<>(Kpi.class);
		// Tickets opened in the period, and resolved in it.
		all.put(Kpi.VOLUME, new Count(Measure.OPENED));
		all.put(Kpi.RESOLVED, new Count(Measure.RESOLVED));
		// FCR = tickets resolved with one contact ÷ tickets resolved (SPEC §11).
		all.put(Kpi.FCR, new Share(Measure.RESOLVED_FCR, Measure.RESOLVED));
		// Mean and median business minutes from creation to the first public staff reply, by first-response day.
		all.put(Kpi.FIRST_RESPONSE_MEAN, new MeanMinutes(Measure.RESPONSE_SECS, Measure.RESPONDED));
		all.put(Kpi.FIRST_RESPONSE_MEDIAN, new FirstResponseMedian());
		// Mean business minutes from creation to resolution, waiting time excluded, by resolution day.
		all.put(Kpi.RESOLUTION_MEAN, new MeanMinutes(Measure.RESOLUTION_SECS, Measure.RESOLVED));
		// SLA compliance per target = outcomes met ÷ outcomes judged.
		all.put(Kpi.SLA_FIRST_RESPONSE, new Share(Measure.FRT_SLA_MET, Measure.FRT_SLA_N));
		all.put(Kpi.SLA_RESOLUTION, new Share(Measure.RES_SLA_MET, Measure.RES_SLA_N));
		all.put(Kpi.SLA_CALLBACK, new Share(Measure.CB_ON_TIME, Measure.CB_DUE));
		// Callback completion = callbacks done ÷ callbacks that fell due.
		all.put(Kpi.CALLBACK_COMPLETION, new Share(Measure.CB_DONE, Measure.CB_DUE));
		// Reopen rate = resolved tickets that had been reopened ÷ resolved tickets.
		all.put(Kpi.REOPEN_RATE, new Share(Measure.RESOLVED_REOPENED, Measure.RESOLVED));
		// Promise-kept rate = kept ÷ (kept + broken), settled promises only (as the desk's PromiseKeptRate).
		all.put(Kpi.PROMISE_KEPT, new Share(Measure.PROMISE_KEPT, Measure.PROMISE_SETTLED));
		// Complaint share = complaints opened ÷ tickets opened.
		all.put(Kpi.COMPLAINT_SHARE, new Share(Measure.OPENED_COMPLAINTS, Measure.OPENED));
		// Complaint rate = complaints opened × 10,000 ÷ customers.
		all.put(Kpi.COMPLAINT_RATE, new ComplaintRate());
		return Map.copyOf(all);
	}

	/** A plain count of one counter. */
	record Count(Measure measure) implements KpiDefinition {
		@Override
		public Figure compute(Sums sums, long customers) {
			return Figure.count(sums.get(measure));
		}
	}

	/** A percentage: 100 × numerator ÷ denominator. */
	record Share(Measure numerator, Measure denominator) implements KpiDefinition {
		@Override
		public Figure compute(Sums sums, long customers) {
			return Ratio.percent(sums.get(numerator), sums.get(denominator));
		}
	}

	/** A mean in minutes from a total of seconds and a count. */
	record MeanMinutes(Measure totalSeconds, Measure count) implements KpiDefinition {
		@Override
		public Figure compute(Sums sums, long customers) {
			return Ratio.meanMinutes(sums.get(totalSeconds), sums.get(count));
		}
	}

	/** The grouped median of the first-response histogram; its denominator is the number of responses. */
	record FirstResponseMedian() implements KpiDefinition {
		@Override
		public Figure compute(Sums sums, long customers) {
			long[] counts = new long[FirstResponseBuckets.LOWER.size()];
			for (int i = 0; i < counts.length; i++) {
				counts[i] = sums.get(Measure.firstResponseBucket(i));
			}
			return new Figure(GroupedMedian.of(FirstResponseBuckets.LOWER, counts), null,
					java.math.BigDecimal.valueOf(sums.get(Measure.RESPONDED)));
		}
	}

	/** Complaints per 10,000 customers. */
	record ComplaintRate() implements KpiDefinition {
		@Override
		public Figure compute(Sums sums, long customers) {
			return Ratio.per(sums.get(Measure.OPENED_COMPLAINTS), customers, 10_000);
		}
	}

}
