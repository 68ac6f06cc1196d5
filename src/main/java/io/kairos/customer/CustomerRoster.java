package io.kairos.customer;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers in bulk for work that spans the base, such as generating demo or benchmark tickets: ids with their
 * tier, oldest first, never contact data. Erased customers are left out.
 */
@Service
public class CustomerRoster {

	private final JdbcClient jdbc;

	CustomerRoster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Entry> oldest(int limit) {
		return jdbc.sql("select id, tier from customer where erased_at is null order by id fetch first :limit rows only")
			.param("limit", limit)
			.query((rs, n) -> new Entry(new CustomerId(rs.getLong("id")), rs.getString("tier")))
			.list();
	}

	/** A customer's id and current tier code. */
	public record Entry(CustomerId id, String tier) {
	}

}
