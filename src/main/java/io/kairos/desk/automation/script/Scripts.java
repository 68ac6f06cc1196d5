package io.kairos.desk.automation.script;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.automation.rule.Texts;
import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/** The script library (SPEC §2.5): searchable by text, step and kind in both languages; written by desk admins. */
@Service
public class Scripts {

	private static final int MAX_TEXT = 2000;

	private static final String COLUMNS = """
			select id, step, kind, title_zh, title_en, text_zh, text_en, position, version from desk_script""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Scripts(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Scripts whose title or text (in either language) contains {@code q}, of a step and kind when given. */
	@Transactional(readOnly = true)
	public java.util.List<ScriptView> search(String q, ScriptStep step, ScriptKind kind) {
		String fragment = "%" + (q == null ? "" : q.strip().toLowerCase(Locale.ROOT))
			.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		// Fixed fragments only: a null parameter of unknown type is refused by PostgreSQL in "is null" tests.
		String sql = COLUMNS + " where" + """
				 (lower(title_zh) like :q escape '\\' or lower(title_en) like :q escape '\\'
				      or lower(text_zh) like :q escape '\\' or lower(text_en) like :q escape '\\')"""
				+ (step == null ? "" : " and step = :step") + (kind == null ? "" : " and kind = :kind") + " order by" + """
				 case step when 'EXPLORE' then 1 when 'PROPOSE' then 2 when 'ACT' then 3 else 4 end,
				kind, position, id limit 200""";
		var query = jdbc.sql(sql).param("q", fragment);
		if (step != null) {
			query = query.param("step", step.name());
		}
		if (kind != null) {
			query = query.param("kind", kind.name());
		}
		return query
			.query(this::view)
			.list();
	}

	@Transactional(readOnly = true)
	public ScriptView find(long id) {
		return jdbc.sql(COLUMNS + " where id = :id")
			.param("id", id)
			.query(this::view)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("problem.script.not-found"));
	}

	@Transactional
	public ScriptView create(ScriptCommand command) {
		Map<String, Object> columns = columns(command);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into desk_script (step, kind, title_zh, title_en, text_zh, text_en, position, version, created_at,
				updated_at) values (:step, :kind, :titleZh, :titleEn, :textZh, :textEn, :position, 0, :now, :now)""")
			.params(columns)
			.update(keys, "id");
		long id = Objects.requireNonNull(keys.getKey()).longValue();
		audit.record("script.created", "script", id, Map.of("kind", command.kind().name()));
		return find(id);
	}

	@Transactional
	public ScriptView update(long id, long expectedVersion, ScriptCommand command) {
		find(id);
		int updated = jdbc.sql("""
				update desk_script set step = :step, kind = :kind, title_zh = :titleZh, title_en = :titleEn,
				text_zh = :textZh, text_en = :textEn, position = :position, version = version + 1, updated_at = :now
				where id = :id and version = :version""")
			.params(columns(command))
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		audit.record("script.changed", "script", id, Map.of("kind", command.kind().name()));
		return find(id);
	}

	@Transactional
	public void delete(long id) {
		find(id);
		jdbc.sql("delete from desk_script where id = :id").param("id", id).update();
		audit.record("script.deleted", "script", id, Map.of());
	}

	private Map<String, Object> columns(ScriptCommand command) {
		if (command.kind() == null) {
			throw ProblemException.invalid("kind", "validation.required");
		}
		int position = command.position() == null ? 0 : command.position();
		if (position < 0 || position > 100_000) {
			throw ProblemException.invalid("position", "problem.rule.position");
		}
		return Map.of("step", command.kind().step().name(), "kind", command.kind().name(), "titleZh",
				Texts.line("titleZh", command.titleZh(), 100), "titleEn", Texts.line("titleEn", command.titleEn(), 100),
				"textZh", Texts.text("textZh", command.textZh(), MAX_TEXT), "textEn",
				Texts.text("textEn", command.textEn(), MAX_TEXT), "position", position, "now",
				Timestamps.utc(clock.instant()));
	}

	private ScriptView view(ResultSet rs, int row) throws SQLException {
		ScriptKind kind = ScriptKind.valueOf(rs.getString("kind"));
		return new ScriptView(rs.getLong("id"), kind.step(), kind, kind.isQuestionType() ? kind : null,
				rs.getString("title_zh"), rs.getString("title_en"), rs.getString("text_zh"), rs.getString("text_en"),
				rs.getInt("position"), rs.getLong("version"));
	}

}
