package io.kairos.customer.value;

/**
 * The SQL definitions of the value figures, in one place, for every query that computes them: the figures
 * shown on the customer page and used by tier rules, and the segment rules over value.
 */
public final class ValueSql {

	/** A fact's amount net of refunds: a refund counts negative whatever sign it was entered with. */
	public static final String NET = "case when v.kind = 'REFUND' then -abs(v.amount) else v.amount end";

	private ValueSql() {
	}

	/** Purchases less refunds dated after {@code :since} (twelve months before today), for one customer. */
	public static String spend12mOf(String customerColumn, String sinceParameter) {
		return "(select coalesce(sum(case when v.kind in ('PURCHASE', 'REFUND') and v.occurred_on > :" + sinceParameter
				+ " then " + NET + " end), 0) from customer_value v where v.customer = " + customerColumn + ")";
	}

	/** The sum of a customer's holdings. */
	public static String holdingsOf(String customerColumn) {
		return "(select coalesce(sum(case when v.kind = 'HOLDING' then v.amount end), 0) from customer_value v"
				+ " where v.customer = " + customerColumn + ")";
	}

}
