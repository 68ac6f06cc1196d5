package io.kairos.voc.loop;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/** Per survey: who follows up which answers, and how soon. A survey without settings follows up detractors only. */
@Service
public class FollowUpPolicies {

	static final int MAX_SLA_HOURS = 24 * 30;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final int defaultSlaHours;

	FollowUpPolicies(JdbcClient jdbc, AuditLog audit, Clock clock,
			@Value("${kairos.voc.follow-up-sla-hours:48}") int defaultSlaHours) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.defaultSlaHours = defaultSlaHours;
	}

	@Transactional(readOnly = true)
	public FollowUpPolicy of(long surveyId) {
		return jdbc.sql("select survey_id, include_passives, team_id, sla_hours, version from survey_follow_up_policy where survey_id = :s")
			.param("s", surveyId)
			.query((rs, n) -> new FollowUpPolicy(surveyId, rs.getBoolean("include_passives"),
					rs.getObject("team_id", Long.class), rs.getInt("sla_hours"), rs.getLong("version")))
			.optional()
			.orElse(new FollowUpPolicy(surveyId, false, null, defaultSlaHours, -1));
	}

	/** Saves the settings; {@code expectedVersion} -1 for a survey that has none yet. */
	@Transactional
	public FollowUpPolicy save(long surveyId, long expectedVersion, Boolean includePassives, Long teamId, Integer slaHours) {
		int sla = slaHours == null ? defaultSlaHours : slaHours;
		if (sla < 1 || sla > MAX_SLA_HOURS) {
			throw ProblemException.invalid("slaHours", "problem.voc.follow-up.sla", 1, MAX_SLA_HOURS);
		}
		FollowUpPolicy current = of(surveyId);
		if (current.version() != expectedVersion) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		boolean passives = includePassives != null && includePassives;
		if (current.version() < 0) {
			jdbc.sql("""
					insert into survey_follow_up_policy (survey_id, include_passives, team_id, sla_hours, version, updated_at)
					values (:s, :passives, :team, :sla, 0, :now)""")
				.param("s", surveyId)
				.param("passives", passives)
				.param("team", teamId)
				.param("sla", sla)
				.param("now", Timestamps.utc(clock.instant()))
				.update();
		}
		else if (jdbc.sql("""
				update survey_follow_up_policy set include_passives = :passives, team_id = :team, sla_hours = :sla,
				    version = version + 1, updated_at = :now
				where survey_id = :s and version = :version""")
			.param("s", surveyId)
			.param("passives", passives)
			.param("team", teamId)
			.param("sla", sla)
			.param("now", Timestamps.utc(clock.instant()))
			.param("version", expectedVersion)
			.update() == 0) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		Map<String, Object> detail = new HashMap<>();
		detail.put("includePassives", passives);
		detail.put("team", teamId);
		detail.put("slaHours", sla);
		audit.record("survey.follow-up-policy.saved", "survey", surveyId, detail);
		return of(surveyId);
	}

}
