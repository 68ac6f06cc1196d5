package io.kairos.customer.segment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.customer.LifecycleStage;
import io.kairos.shared.contact.Masking;
import io.kairos.shared.paging.Keyset;
import io.kairos.shared.time.Timestamps;

/** Runs segment rules against the customer base and keeps the daily member counts. */
@Component
class SegmentQueries {

	private final JdbcClient jdbc;

	SegmentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count(SegmentSql.Where where) {
		return jdbc.sql("select count(*) from customer c where " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	boolean contains(SegmentSql.Where where, long customer) {
		Map<String, Object> params = new HashMap<>(where.params());
		params.put("customer", customer);
		return jdbc.sql("select count(*) from customer c where c.id = :customer and " + where.sql())
			.params(params)
			.query(Long.class)
			.single() > 0;
	}

	Keyset.Page<SegmentMember> members(SegmentSql.Where where, Keyset keyset) {
		Map<String, Object> params = new HashMap<>(where.params());
		StringBuilder sql = new StringBuilder(
				"select c.id, c.name, c.mobile, c.tier, c.stage from customer c where " + where.sql());
		if (keyset.after() != null) {
			sql.append(" and c.id < :after");
			params.put("after", keyset.after());
		}
		sql.append(" order by c.id desc limit :limit");
		params.put("limit", keyset.fetchSize());
		List<SegmentMember> rows = jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new SegmentMember(rs.getLong("id"), rs.getString("name"),
					Masking.phone(rs.getString("mobile")), rs.getString("tier"),
					LifecycleStage.valueOf(rs.getString("stage"))))
			.list();
		return keyset.page(rows, SegmentMember::id);
	}

	/** Records the day's count; a second evaluation of the same day replaces the first (one row per day). */
	void recordCount(long segment, LocalDate day, long count, Instant at) {
		jdbc.sql("""
				merge into segment_count_history h
				using (values (cast(:segment as bigint), cast(:day as date), cast(:count as bigint),
				               cast(:at as timestamp with time zone))) as v (segment, count_day, member_count, evaluated_at)
				on h.segment = v.segment and h.count_day = v.count_day
				when matched then update set member_count = v.member_count, evaluated_at = v.evaluated_at
				when not matched then insert (segment, count_day, member_count, evaluated_at)
				     values (v.segment, v.count_day, v.member_count, v.evaluated_at)""")
			.param("segment", segment)
			.param("day", day)
			.param("count", count)
			.param("at", Timestamps.utc(at))
			.update();
	}

	List<DailyCount> history(long segment, int days) {
		return jdbc.sql("""
				select count_day, member_count, evaluated_at from segment_count_history
				where segment = :segment order by count_day desc limit :limit""")
			.param("segment", segment)
			.param("limit", days)
			.query((rs, n) -> new DailyCount(rs.getObject("count_day", LocalDate.class), rs.getLong("member_count"),
					Timestamps.instant(rs.getObject("evaluated_at", OffsetDateTime.class))))
			.list();
	}

	/** The last recorded count of every segment that has one. */
	Map<Long, DailyCount> lastCounts() {
		Map<Long, DailyCount> result = new HashMap<>();
		jdbc.sql("""
				select h.segment, h.count_day, h.member_count, h.evaluated_at from segment_count_history h
				where h.count_day = (select max(x.count_day) from segment_count_history x where x.segment = h.segment)""")
			.query((rs, n) -> result.put(rs.getLong("segment"),
					new DailyCount(rs.getObject("count_day", LocalDate.class), rs.getLong("member_count"),
							Timestamps.instant(rs.getObject("evaluated_at", OffsetDateTime.class)))))
			.list();
		return result;
	}

}
