package io.kairos.desk.category;

import java.util.LinkedHashMap;
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

/** The admin-managed category tree of tickets; looked up by code from requests. */
@Service
public class Categories {

	private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	Categories(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Optional<Category> byCode(String code) {
		return jdbc.sql("select id, parent_id, code, name_zh, name_en, position, active from ticket_category where code = :code")
			.param("code", code)
			.query(Category::map)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<Category> byId(long id) {
		return jdbc.sql("select id, parent_id, code, name_zh, name_en, position, active from ticket_category where id = :id")
			.param("id", id)
			.query(Category::map)
			.optional();
	}

	/** Every category, parents before their children, in their admin-set order. */
	@Transactional(readOnly = true)
	public List<Category> all() {
		return jdbc.sql("""
				select id, parent_id, code, name_zh, name_en, position, active from ticket_category
				order by coalesce(parent_id, id), case when parent_id is null then 0 else 1 end, position, id""")
			.query(Category::map)
			.list();
	}

	/** The version of every category, by id, for the admin's forms (optimistic locking). */
	@Transactional(readOnly = true)
	public Map<Long, Long> versions() {
		Map<Long, Long> versions = new LinkedHashMap<>();
		jdbc.sql("select id, version from ticket_category").query(rs -> {
			versions.put(rs.getLong("id"), rs.getLong("version"));
		});
		return versions;
	}

	/**
	 * Adds a category, top-level or under an active top-level parent (the tree has two levels), at the end of
	 * its siblings. The code is unique and never changes, because tickets and requests name categories by it.
	 */
	@Transactional
	public Category create(Long parentId, String code, String nameZh, String nameEn) {
		String cleanCode = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
		if (!CODE.matcher(cleanCode).matches()) {
			throw ProblemException.invalid("code", "problem.category.code");
		}
		if (byCode(cleanCode).isPresent()) {
			throw new ProblemException(HttpStatus.CONFLICT, "problem.category.code-taken", "code");
		}
		if (parentId != null) {
			Category parent = byId(parentId).orElseThrow(() -> ProblemException.invalid("parentId", "problem.category.parent"));
			if (parent.parentId() != null || !parent.active()) {
				throw ProblemException.invalid("parentId", "problem.category.parent");
			}
		}
		String zh = name("nameZh", nameZh);
		String en = name("nameEn", nameEn);
		int position = parentId == null
				? jdbc.sql("select coalesce(max(position), 0) + 1 from ticket_category where parent_id is null")
					.query(Integer.class)
					.single()
				: jdbc.sql("select coalesce(max(position), 0) + 1 from ticket_category where parent_id = :parent")
					.param("parent", parentId)
					.query(Integer.class)
					.single();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into ticket_category (parent_id, code, name_zh, name_en, position, active, version)
				values (:parent, :code, :zh, :en, :position, true, 0)""")
			.param("parent", parentId, java.sql.Types.BIGINT)
			.param("code", cleanCode)
			.param("zh", zh)
			.param("en", en)
			.param("position", position)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("code", cleanCode);
		detail.put("parentId", parentId);
		audit.record("ticket-category.created", "ticket-category", id, detail);
		return byId(id).orElseThrow();
	}

	/** Renames a category in both languages, if nobody changed it since {@code expectedVersion}. */
	@Transactional
	public Category rename(long id, long expectedVersion, String nameZh, String nameEn) {
		Category category = byId(id).orElseThrow(() -> ProblemException.notFound("problem.category.not-found"));
		String zh = name("nameZh", nameZh);
		String en = name("nameEn", nameEn);
		changeWhere(id, expectedVersion, "name_zh = :zh, name_en = :en", Map.of("zh", zh, "en", en));
		audit.record("ticket-category.renamed", "ticket-category", id,
				Map.of("from", List.of(category.nameZh(), category.nameEn()), "to", List.of(zh, en)));
		return byId(id).orElseThrow();
	}

	/**
	 * Deactivates or reactivates a category: a deactivated one is no longer offered for new tickets, while tickets
	 * that have it keep it. Deactivating a parent deactivates its children.
	 */
	@Transactional
	public Category activate(long id, long expectedVersion, boolean active) {
		byId(id).orElseThrow(() -> ProblemException.notFound("problem.category.not-found"));
		changeWhere(id, expectedVersion, "active = :active", Map.of("active", active));
		if (!active) {
			jdbc.sql("update ticket_category set active = false, version = version + 1 where parent_id = :id and active = true")
				.param("id", id)
				.update();
		}
		audit.record(active ? "ticket-category.activated" : "ticket-category.deactivated", "ticket-category", id, Map.of());
		return byId(id).orElseThrow();
	}

	private void changeWhere(long id, long expectedVersion, String assignments, Map<String, Object> values) {
		Map<String, Object> params = new LinkedHashMap<>(values);
		params.put("id", id);
		params.put("version", expectedVersion);
		int changed = jdbc.sql("update ticket_category set " + assignments + ", version = version + 1"
				+ " where id = :id and version = :version")
			.params(params)
			.update();
		if (changed == 0) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
	}

	private static String name(String field, String given) {
		String clean = given == null ? "" : given.strip();
		if (clean.isEmpty()) {
			throw ProblemException.invalid(field, "validation.required");
		}
		if (clean.length() > 100 || clean.codePoints().anyMatch(Character::isISOControl)) {
			throw ProblemException.invalid(field, "problem.category.name");
		}
		return clean;
	}

}
