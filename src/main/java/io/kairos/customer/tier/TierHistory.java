package io.kairos.customer.tier;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.shared.paging.Keyset;
import io.kairos.shared.time.Timestamps;

/** A customer's tier history, newest first, keyset-paginated. */
@Service
public class TierHistory {

	private final JdbcClient jdbc;

	private final TierOverrides overrides;

	TierHistory(JdbcClient jdbc, TierOverrides overrides) {
		this.jdbc = jdbc;
		this.overrides = overrides;
	}

	@Transactional(readOnly = true)
	public Keyset.Page<TierHistoryEntry> of(long customer, Keyset keyset) {
		overrides.exists(customer);
		String after = keyset.after() == null ? "" : " and id < :after";
		return keyset.page(jdbc.sql("""
				select id, customer, evaluation, from_tier, to_tier, reason, evaluated_at from customer_tier_history
				where customer = :customer%s order by id desc limit :limit""".formatted(after))
			.param("customer", customer)
			.param("after", keyset.after() == null ? 0L : keyset.after())
			.param("limit", keyset.fetchSize())
			.query((rs, n) -> new TierHistoryEntry(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getString(5), rs.getString(6), Timestamps.instant(rs.getObject(7, OffsetDateTime.class))))
			.list(), TierHistoryEntry::id);
	}

}
