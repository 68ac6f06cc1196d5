package io.kairos.customer;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many customers there are, in total and per tier: the denominator of rates per customer (complaints per
 * 10,000 customers). Erased customers are left out; customers without a tier count under {@code -}.
 */
@Service
public class CustomerCounts {

	private final JdbcClient jdbc;

	CustomerCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Customers per tier code. */
	@Transactional(readOnly = true)
	public Map<String, Long> byTier() {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("select tier, count(*) from customer where erased_at is null group by tier").query(rs -> {
			String tier = rs.getString(1);
			counts.merge(tier == null || tier.isBlank() ? "-" : tier, rs.getLong(2), Long::sum);
		});
		return counts;
	}

}
