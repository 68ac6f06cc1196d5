package io.kairos.voc.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.shared.time.Timestamps;

/** A customer's latest survey responses for the customer 360 page. */
@Service
public class CustomerAnswers {

	static final int LATEST = 20;

	private final JdbcClient jdbc;

	CustomerAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Answered(long responseId, String survey, Instant respondedAt, Integer nps, Integer csat, Integer ces,
			String verbatim) {
	}

	@Transactional(readOnly = true)
	public List<Answered> latest(long customerId) {
		return jdbc.sql("""
				select r.id, s.name, r.responded_at, r.nps, r.csat, r.ces, r.verbatim
				from survey_response r join survey s on s.id = r.survey_id
				where r.customer_id = :customer order by r.responded_at desc, r.id desc limit :limit""")
			.param("customer", customerId)
			.param("limit", LATEST)
			.query((rs, row) -> new Answered(rs.getLong("id"), rs.getString("name"),
					Timestamps.instant(rs.getObject("responded_at", OffsetDateTime.class)),
					rs.getObject("nps", Integer.class), rs.getObject("csat", Integer.class),
					rs.getObject("ces", Integer.class), rs.getString("verbatim")))
			.list();
	}

}
