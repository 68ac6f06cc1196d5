package io.kairos.voc;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.CustomerId;

/**
 * Stored survey responses as the {@link SurveyAnswered} events they published, in pages of ascending id, so
 * analytics can recompute its figures from the responses themselves (a rebuild).
 */
@Service
public class SurveyFacts {

	private final JdbcClient jdbc;

	SurveyFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One response; empty when there is none. */
	@Transactional(readOnly = true)
	public java.util.Optional<Fact> of(long responseId) {
		return select("id = :id", responseId, 1).stream().findFirst();
	}

	/** Up to {@code size} responses with ids above {@code afterId}, oldest first. */
	@Transactional(readOnly = true)
	public List<Fact> page(long afterId, int size) {
		return select("id > :id", afterId, size);
	}

	private List<Fact> select(String condition, long id, int size) {
		return jdbc.sql("""
				select id, customer_id, team_id, agent_id, channel, tier, nps, csat, responded_at
				from survey_response""" + " where " + condition + " order by id fetch first :size rows only")
			.param("id", id)
			.param("size", size)
			.query((rs, n) -> new Fact(rs.getLong("id"), rs.getObject("team_id", Long.class),
					rs.getObject("agent_id", Long.class), rs.getString("channel"), rs.getString("tier"),
					rs.getObject("nps", Integer.class), rs.getObject("csat", Integer.class),
					rs.getTimestamp("responded_at").toInstant(),
					rs.getObject("customer_id", Long.class) == null ? null
							: new CustomerId(rs.getLong("customer_id"))))
			.list();
	}

	/** A response's figures: who it is about, its NPS (0–10) and CSAT (1–5) answers, when it was given. */
	public record Fact(long responseId, Long teamId, Long agentId, String channel, String tier, Integer nps,
			Integer csat, java.time.Instant respondedAt, CustomerId customerId) {
	}

}
