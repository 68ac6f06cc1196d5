package io.kairos.customer.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The value figures of one customer, as of {@code today}: net spend over the last twelve months (purchases
 * less refunds), tenure in whole months (since the customer was created or their first fact, whichever is
 * earlier), holdings (the sum of holding facts) and the RFM score (3..15; null without any purchase).
 */
public record CustomerFigures(long customer, String tier, BigDecimal spend12m, int tenureMonths, BigDecimal holdings,
		RfmScore.Score rfm) {

	static int tenure(LocalDate createdOn, LocalDate firstFact, LocalDate today) {
		LocalDate since = firstFact != null && firstFact.isBefore(createdOn) ? firstFact : createdOn;
		return since.isAfter(today) ? 0 : (int) ChronoUnit.MONTHS.between(since, today);
	}

	public Integer rfmTotal() {
		return rfm == null ? null : rfm.total();
	}

}
