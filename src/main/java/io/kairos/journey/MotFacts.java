package io.kairos.journey;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored MOT scores in pages of ascending id, so analytics can recompute its MOT figures from the scores
 * themselves (a rebuild).
 */
@Service
public class MotFacts {

	private final JdbcClient jdbc;

	MotFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One score; empty when there is none. */
	@Transactional(readOnly = true)
	public java.util.Optional<Fact> of(long scoreId) {
		return select("id = :id", scoreId, 1).stream().findFirst();
	}

	/** Up to {@code size} scores with ids above {@code afterId}, oldest first. */
	@Transactional(readOnly = true)
	public List<Fact> page(long afterId, int size) {
		return select("id > :id", afterId, size);
	}

	private List<Fact> select(String condition, long id, int size) {
		return jdbc.sql("""
				select id, score, touchpoint_id, team_id, agent_id, scored_at
				from mot_score""" + " where " + condition + " order by id fetch first :size rows only")
			.param("id", id)
			.param("size", size)
			.query((rs, n) -> new Fact(rs.getLong("id"), rs.getInt("score"), rs.getLong("touchpoint_id"),
					rs.getObject("team_id", Long.class), rs.getObject("agent_id", Long.class),
					rs.getTimestamp("scored_at").toInstant()))
			.list();
	}

	/** One score on the −3..+3 value scale, where it was given and by whom it was earned. */
	public record Fact(long scoreId, int score, long touchpointId, Long teamId, Long agentId, Instant at) {
	}

}
