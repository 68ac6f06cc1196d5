package io.kairos.desk.followup.promise;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The promise-kept rate, a KPI of SPEC §2.6: kept / (kept + broken) over settled promises. Open and overdue
 * promises are not yet counted (closing a ticket settles them). No settled promise: no rate (null), not 0 or 100%.
 */
public record PromiseKeptRate(long kept, long broken) {

	public PromiseKeptRate {
		if (kept < 0 || broken < 0) {
			throw new IllegalArgumentException("Counts are never negative");
		}
	}

	/** The share kept, 0–1 with four decimals, or null when nothing was settled. */
	public BigDecimal rate() {
		long settled = kept + broken;
		if (settled == 0) {
			return null;
		}
		return BigDecimal.valueOf(kept).divide(BigDecimal.valueOf(settled), 4, RoundingMode.HALF_UP);
	}

}
