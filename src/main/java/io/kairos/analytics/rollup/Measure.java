package io.kairos.analytics.rollup;

import java.util.List;
import java.util.Locale;

/**
 * The counters every roll-up row holds (one column each, named in lower case). All are sums, so rows add up over
 * any period and dimension. {@code FRT_Hnn} count first responses per business-minute bucket of
 * {@link FirstResponseBuckets}, so a median can be read from the sum of rows.
 */
public enum Measure {

	OPENED, OPENED_COMPLAINTS, RESOLVED, RESOLVED_FCR, RESOLVED_REOPENED, RESOLUTION_SECS, RESPONDED, RESPONSE_SECS,
	FRT_H00, FRT_H01, FRT_H02, FRT_H03, FRT_H04, FRT_H05, FRT_H06, FRT_H07, FRT_H08, FRT_H09,
	FRT_H10, FRT_H11, FRT_H12, FRT_H13, FRT_H14, FRT_H15, FRT_H16, FRT_H17, FRT_H18, FRT_H19,
	FRT_SLA_MET, FRT_SLA_N, RES_SLA_MET, RES_SLA_N, CB_DUE, CB_DONE, CB_ON_TIME, PROMISE_KEPT, PROMISE_SETTLED;

	public static final List<Measure> ALL = List.of(values());

	public String column() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The histogram counter of bucket {@code index}. */
	public static Measure firstResponseBucket(int index) {
		return valueOf(String.format(Locale.ROOT, "FRT_H%02d", index));
	}

}
