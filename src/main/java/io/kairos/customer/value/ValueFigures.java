package io.kairos.customer.value;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes every customer's value figures from the value facts in one grouped query; RFM is scored across all
 * customers with at least one purchase (recency in days since the last purchase, frequency the number of
 * purchases, monetary the net amount of purchases less refunds, all time).
 */
@Component
public class ValueFigures {

	private final JdbcClient jdbc;

	ValueFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(long customer, String tier, LocalDate createdOn, BigDecimal spend12m, BigDecimal holdings,
			LocalDate firstFact, LocalDate lastPurchase, long purchases, BigDecimal monetary) {
	}

	/** The figures of every customer as of {@code today} (in {@code zone}). */
	public List<CustomerFigures> all(LocalDate today, ZoneId zone) {
		List<Row> rows = jdbc.sql("""
				select c.id, c.tier, c.created_at,
				       coalesce(sum(case when v.kind in ('PURCHASE', 'REFUND') and v.occurred_on > :since then %1$s end), 0) as spend12m,
				       coalesce(sum(case when v.kind = 'HOLDING' then v.amount end), 0) as holdings,
				       min(v.occurred_on) as first_fact,
				       max(case when v.kind = 'PURCHASE' then v.occurred_on end) as last_purchase,
				       count(case when v.kind = 'PURCHASE' then 1 end) as purchases,
				       coalesce(sum(case when v.kind in ('PURCHASE', 'REFUND') then %1$s end), 0) as monetary
				from customer c left join customer_value v on v.customer = c.id
				group by c.id, c.tier, c.created_at
				order by c.id""".formatted(ValueSql.NET))
			.param("since", today.minusMonths(12))
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("tier"),
					rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate(),
					rs.getBigDecimal("spend12m"), rs.getBigDecimal("holdings"), date(rs.getDate("first_fact")),
					date(rs.getDate("last_purchase")), rs.getLong("purchases"), rs.getBigDecimal("monetary")))
			.list();
		List<RfmScore.Figures> buyers = new ArrayList<>();
		for (Row row : rows) {
			if (row.purchases() > 0) {
				buyers.add(new RfmScore.Figures(row.customer(), ChronoUnit.DAYS.between(row.lastPurchase(), today),
						row.purchases(), row.monetary()));
			}
		}
		Map<Long, RfmScore.Score> scores = RfmScore.score(buyers);
		return rows.stream()
			.map(row -> new CustomerFigures(row.customer(), row.tier(), row.spend12m().setScale(2),
					CustomerFigures.tenure(row.createdOn(), row.firstFact(), today), row.holdings().setScale(2),
					scores.get(row.customer())))
			.toList();
	}

	private static LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
