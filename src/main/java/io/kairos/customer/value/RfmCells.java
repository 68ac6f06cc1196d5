package io.kairos.customer.value;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.kairos.shared.time.Timestamps;

/**
 * Each customer's RFM cell (R, F and M quintiles and their sum) as of the last tier evaluation, kept in
 * {@code customer_rfm} so that segment rules can select by it with plain SQL: the score ranks a customer against all
 * others, which a rule over one customer cannot compute. Customers without a purchase have no row.
 */
@Component
public class RfmCells {

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	RfmCells(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces every cell with the figures just computed, in the caller's transaction. */
	public void refresh(List<CustomerFigures> figures, Instant at) {
		jdbc.update("delete from customer_rfm");
		List<Object[]> rows = new ArrayList<>();
		Object when = Timestamps.utc(at);
		for (CustomerFigures customer : figures) {
			RfmScore.Score rfm = customer.rfm();
			if (rfm != null) {
				rows.add(new Object[] { customer.customer(), rfm.recency(), rfm.frequency(), rfm.monetary(), rfm.total(),
						when });
			}
		}
		for (int from = 0; from < rows.size(); from += BATCH) {
			jdbc.batchUpdate("""
					insert into customer_rfm (customer, rfm_r, rfm_f, rfm_m, rfm_score, evaluated_at)
					values (?, ?, ?, ?, ?, ?)""", rows.subList(from, Math.min(from + BATCH, rows.size())));
		}
	}

}
