package io.kairos.voc.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/** The distribution rules of surveys: define, change (optimistic locking), list, and find those a trigger fires. */
@Service
public class DistributionRules {

	static final int MAX_DELAY_MINUTES = 60 * 24 * 30;

	static final int MAX_EXPIRY_DAYS = 90;

	private static final String COLUMNS = """
			select id, survey_id, trigger_kind, sampling_percent, delay_minutes, expiry_days, segment_id, enabled, version
			from survey_distribution_rule""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	DistributionRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public DistributionRule create(long surveyId, RuleCommand command) {
		Checked rule = check(command);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into survey_distribution_rule (survey_id, trigger_kind, sampling_percent, delay_minutes,
				    expiry_days, segment_id, enabled, version, created_at, updated_at)
				values (:survey, :trigger, :sampling, :delay, :expiry, :segment, :enabled, 0, :now, :now)""")
			.param("survey", surveyId)
			.param("trigger", rule.trigger().name())
			.param("sampling", rule.samplingPercent())
			.param("delay", rule.delayMinutes())
			.param("expiry", rule.expiryDays())
			.param("segment", rule.segmentId())
			.param("enabled", rule.enabled())
			.param("now", Timestamps.utc(clock.instant()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record("survey.distribution-rule.created", "survey_distribution_rule", id,
				Map.of("survey", surveyId, "trigger", rule.trigger().name(), "sampling", rule.samplingPercent()));
		return get(id);
	}

	@Transactional
	public DistributionRule update(long id, long expectedVersion, RuleCommand command) {
		DistributionRule current = get(id);
		RuleCommand merged = new RuleCommand(command.trigger() == null ? current.trigger() : command.trigger(),
				command.samplingPercent() == null ? current.samplingPercent() : command.samplingPercent(),
				command.delayMinutes() == null ? current.delayMinutes() : command.delayMinutes(),
				command.expiryDays() == null ? current.expiryDays() : command.expiryDays(),
				command.segmentId() == null ? current.segmentId() : command.segmentId(),
				command.enabled() == null ? current.enabled() : command.enabled());
		Checked rule = check(merged);
		int changed = jdbc.sql("""
				update survey_distribution_rule set trigger_kind = :trigger, sampling_percent = :sampling,
				    delay_minutes = :delay, expiry_days = :expiry, segment_id = :segment, enabled = :enabled,
				    version = version + 1, updated_at = :now
				where id = :id and version = :version""")
			.param("trigger", rule.trigger().name())
			.param("sampling", rule.samplingPercent())
			.param("delay", rule.delayMinutes())
			.param("expiry", rule.expiryDays())
			.param("segment", rule.segmentId())
			.param("enabled", rule.enabled())
			.param("now", Timestamps.utc(clock.instant()))
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (changed == 0) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		audit.record("survey.distribution-rule.changed", "survey_distribution_rule", id,
				Map.of("trigger", rule.trigger().name(), "sampling", rule.samplingPercent(), "enabled", rule.enabled()));
		return get(id);
	}

	@Transactional(readOnly = true)
	public DistributionRule get(long id) {
		return find(id).orElseThrow(() -> ProblemException.notFound("problem.voc.rule.not-found"));
	}

	@Transactional(readOnly = true)
	public Optional<DistributionRule> find(long id) {
		return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(DistributionRules::row).optional();
	}

	@Transactional(readOnly = true)
	public List<DistributionRule> ofSurvey(long surveyId) {
		return jdbc.sql(COLUMNS + " where survey_id = :survey order by id")
			.param("survey", surveyId)
			.query(DistributionRules::row)
			.list();
	}

	@Transactional(readOnly = true)
	public List<DistributionRule> all() {
		return jdbc.sql(COLUMNS + " order by survey_id, id").query(DistributionRules::row).list();
	}

	/** The enabled rules a trigger fires, oldest first. */
	@Transactional(readOnly = true)
	public List<DistributionRule> firedBy(TriggerKind trigger) {
		return jdbc.sql(COLUMNS + " where trigger_kind = :trigger and enabled = true order by id")
			.param("trigger", trigger.name())
			.query(DistributionRules::row)
			.list();
	}

	private static Checked check(RuleCommand command) {
		if (command.trigger() == null) {
			throw ProblemException.invalid("trigger", "problem.voc.rule.trigger");
		}
		int sampling = command.samplingPercent() == null ? 100 : command.samplingPercent();
		if (sampling < 0 || sampling > 100) {
			throw ProblemException.invalid("samplingPercent", "problem.voc.rule.sampling", 0, 100);
		}
		int delay = command.delayMinutes() == null ? 0 : command.delayMinutes();
		if (delay < 0 || delay > MAX_DELAY_MINUTES) {
			throw ProblemException.invalid("delayMinutes", "problem.voc.rule.delay", 0, MAX_DELAY_MINUTES);
		}
		int expiry = command.expiryDays() == null ? 14 : command.expiryDays();
		if (expiry < 1 || expiry > MAX_EXPIRY_DAYS) {
			throw ProblemException.invalid("expiryDays", "problem.voc.rule.expiry", 1, MAX_EXPIRY_DAYS);
		}
		if (command.trigger() == TriggerKind.SCHEDULED) {
			// Nothing runs a segment yet: a rule that could never send is refused rather than stored.
			throw ProblemException.invalid("trigger", "problem.voc.rule.scheduled-unavailable");
		}
		if (command.trigger() == TriggerKind.PUBLIC_LINK) {
			throw ProblemException.invalid("trigger", "problem.voc.rule.trigger");
		}
		if (command.trigger() == TriggerKind.SCHEDULED && command.segmentId() == null) {
			throw ProblemException.invalid("segmentId", "problem.voc.rule.segment");
		}
		Long segment = command.trigger() == TriggerKind.SCHEDULED ? command.segmentId() : null;
		return new Checked(command.trigger(), sampling, delay, expiry, segment,
				command.enabled() == null || command.enabled());
	}

	private static DistributionRule row(ResultSet rs, int n) throws SQLException {
		return new DistributionRule(rs.getLong("id"), rs.getLong("survey_id"),
				TriggerKind.valueOf(rs.getString("trigger_kind")), rs.getInt("sampling_percent"),
				rs.getInt("delay_minutes"), rs.getInt("expiry_days"), rs.getObject("segment_id", Long.class),
				rs.getBoolean("enabled"), rs.getLong("version"));
	}

	private record Checked(TriggerKind trigger, int samplingPercent, int delayMinutes, int expiryDays, Long segmentId,
			boolean enabled) {
	}

}
