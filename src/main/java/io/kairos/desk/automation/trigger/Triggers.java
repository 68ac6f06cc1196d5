package io.kairos.desk.automation.trigger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.automation.rule.Condition;
import io.kairos.desk.automation.rule.Match;
import io.kairos.desk.automation.rule.RuleAction;
import io.kairos.desk.automation.rule.RuleCheck;
import io.kairos.desk.automation.rule.RuleJson;
import io.kairos.desk.automation.rule.Texts;
import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/** Trigger definitions (SPEC §2.8): checked when saved, kept in position order, switched on and off. */
@Service
public class Triggers {

	private static final String COLUMNS = """
			select id, name, fires_on, match_mode, conditions, actions, position, active, version, updated_at
			from desk_trigger""";

	private final JdbcClient jdbc;

	private final RuleCheck check;

	private final RuleJson json;

	private final AuditLog audit;

	private final Clock clock;

	Triggers(JdbcClient jdbc, RuleCheck check, RuleJson json, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.check = check;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<TriggerView> all() {
		return jdbc.sql(COLUMNS + " order by position, id").query(this::view).list();
	}

	@Transactional(readOnly = true)
	public List<TriggerView> active() {
		return jdbc.sql(COLUMNS + " where active = true order by position, id").query(this::view).list();
	}

	@Transactional(readOnly = true)
	public TriggerView find(long id) {
		return jdbc.sql(COLUMNS + " where id = :id")
			.param("id", id)
			.query(this::view)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("problem.trigger.not-found"));
	}

	@Transactional
	public TriggerView create(TriggerCommand command) {
		Checked trigger = check(command);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into desk_trigger (name, fires_on, match_mode, conditions, actions, position, active, version,
				created_at, updated_at)
				values (:name, :firesOn, :match, :conditions, :actions, :position, :active, 0, :now, :now)""")
			.params(columns(trigger))
			.update(keys, "id");
		long id = Objects.requireNonNull(keys.getKey()).longValue();
		audit.record("trigger.created", "trigger", id, Map.of("name", trigger.name()));
		return find(id);
	}

	@Transactional
	public TriggerView update(long id, long expectedVersion, TriggerCommand command) {
		find(id);
		Checked trigger = check(command);
		int updated = jdbc.sql("""
				update desk_trigger set name = :name, fires_on = :firesOn, match_mode = :match, conditions = :conditions,
				actions = :actions, position = :position, active = :active, version = version + 1, updated_at = :now
				where id = :id and version = :version""")
			.params(columns(trigger))
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		audit.record("trigger.changed", "trigger", id, Map.of("name", trigger.name(), "active", trigger.active()));
		return find(id);
	}

	@Transactional
	public void delete(long id) {
		TriggerView trigger = find(id);
		jdbc.sql("delete from desk_trigger where id = :id").param("id", id).update();
		audit.record("trigger.deleted", "trigger", id, Map.of("name", trigger.name()));
	}

	private Checked check(TriggerCommand command) {
		String name = Texts.line("name", command.name(), 100);
		if (command.firesOn() == null) {
			throw ProblemException.invalid("firesOn", "validation.required");
		}
		List<Condition> conditions = check.conditions(command.conditions());
		List<RuleAction> actions = check.actions(command.actions(), false);
		int position = command.position() == null ? 0 : command.position();
		if (position < 0 || position > 100_000) {
			throw ProblemException.invalid("position", "problem.rule.position");
		}
		return new Checked(name, command.firesOn(), Objects.requireNonNullElse(command.match(), Match.ALL), conditions,
				actions, position, !Boolean.FALSE.equals(command.active()));
	}

	private Map<String, Object> columns(Checked trigger) {
		return Map.of("name", trigger.name(), "firesOn", trigger.firesOn().name(), "match", trigger.match().name(),
				"conditions", json.write(trigger.conditions()), "actions", json.write(trigger.actions()), "position",
				trigger.position(), "active", trigger.active(), "now", Timestamps.utc(clock.instant()));
	}

	private TriggerView view(ResultSet rs, int row) throws SQLException {
		return new TriggerView(rs.getLong("id"), rs.getString("name"), FiresOn.valueOf(rs.getString("fires_on")),
				Match.valueOf(rs.getString("match_mode")), json.conditions(rs.getString("conditions")),
				json.actions(rs.getString("actions")), rs.getInt("position"), rs.getBoolean("active"),
				rs.getLong("version"), Timestamps.instant(rs.getObject("updated_at", OffsetDateTime.class)));
	}

	private record Checked(String name, FiresOn firesOn, Match match, List<Condition> conditions,
			List<RuleAction> actions, int position, boolean active) {
	}

}
