package io.kairos.voc.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/** The manual categories (themes) of feedback, kept by administrators and managers. */
@Service
public class FeedbackCategories {

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	private static final String COLUMNS = "select id, code, name_en, name_zh, active, version from feedback_category";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	FeedbackCategories(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<FeedbackCategory> all() {
		return jdbc.sql(COLUMNS + " order by id").query(FeedbackCategories::row).list();
	}

	@Transactional(readOnly = true)
	public Optional<FeedbackCategory> find(long id) {
		return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(FeedbackCategories::row).optional();
	}

	@Transactional
	public FeedbackCategory create(String code, String nameEn, String nameZh) {
		String cleanCode = code == null ? "" : code.strip();
		if (!CODE.matcher(cleanCode).matches()) {
			throw ProblemException.invalid("code", "problem.voc.category.code");
		}
		if (jdbc.sql("select count(*) from feedback_category where code = :code").param("code", cleanCode).query(Long.class).single() > 0) {
			throw new ProblemException(HttpStatus.CONFLICT, "problem.voc.category.code-taken", "code");
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into feedback_category (code, name_en, name_zh, active, version, created_at)
				values (:code, :en, :zh, true, 0, :now)""")
			.param("code", cleanCode)
			.param("en", name("nameEn", nameEn))
			.param("zh", name("nameZh", nameZh))
			.param("now", Timestamps.utc(clock.instant()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record("voc.feedback-category.created", "feedback_category", id, Map.of("code", cleanCode));
		return find(id).orElseThrow();
	}

	@Transactional
	public FeedbackCategory update(long id, long expectedVersion, String nameEn, String nameZh, Boolean active) {
		FeedbackCategory current = find(id).orElseThrow(() -> ProblemException.notFound("problem.voc.category.not-found"));
		String en = nameEn == null ? current.nameEn() : name("nameEn", nameEn);
		String zh = nameZh == null ? current.nameZh() : name("nameZh", nameZh);
		boolean on = active == null ? current.active() : active;
		if (jdbc.sql("""
				update feedback_category set name_en = :en, name_zh = :zh, active = :active, version = version + 1
				where id = :id and version = :version""")
			.param("en", en)
			.param("zh", zh)
			.param("active", on)
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 0) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		audit.record("voc.feedback-category.changed", "feedback_category", id, Map.of("active", on));
		return find(id).orElseThrow();
	}

	private static String name(String field, String name) {
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty() || clean.length() > 100) {
			throw ProblemException.invalid(field, "problem.voc.category.name", 100);
		}
		return clean;
	}

	private static FeedbackCategory row(ResultSet rs, int n) throws SQLException {
		return new FeedbackCategory(rs.getLong("id"), rs.getString("code"), rs.getString("name_en"),
				rs.getString("name_zh"), rs.getBoolean("active"), rs.getLong("version"));
	}

}
