package io.kairos.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity module's facade for looking up staff: by id, by a fragment of the name, or every enabled member
 * (for a select on a form). Never carries passwords, e-mail addresses or tokens.
 */
@Service
public class StaffDirectory {

	/** The most a search answers, whatever the caller asks for. */
	public static final int MAX_RESULTS = 100;

	private static final String COLUMNS = """
			select u.id, u.username, u.display_name, u.enabled, r.role
			from staff_user u left join staff_user_role r on r.staff_user = u.id""";

	private final JdbcClient jdbc;

	StaffDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<StaffMember> find(long staffId) {
		return read(COLUMNS + " where u.id = :id", Map.of("id", staffId)).stream().findFirst();
	}

	/** The member of staff who signs in with this username (compared exactly). */
	@Transactional(readOnly = true)
	public Optional<StaffMember> findByUsername(String username) {
		return read(COLUMNS + " where u.username = :username", Map.of("username", username)).stream().findFirst();
	}

	/** Staff whose username or display name contains {@code q} (ignoring case), by display name, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<StaffMember> search(String q, int limit) {
		String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
		String fragment = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		List<StaffMember> found = read(COLUMNS + """
				 where lower(u.username) like :q escape '\\' or lower(u.display_name) like :q escape '\\'
				order by u.display_name, u.id""", Map.of("q", fragment));
		return found.subList(0, Math.min(found.size(), Math.max(0, Math.min(limit, MAX_RESULTS))));
	}

	/** Every enabled member of staff, by display name. */
	@Transactional(readOnly = true)
	public List<StaffMember> enabled() {
		return read(COLUMNS + " where u.enabled = true order by u.display_name, u.id", Map.of());
	}

	/** One row per user and role, folded into members in the query's order. */
	private List<StaffMember> read(String sql, Map<String, Object> params) {
		Map<Long, Row> rows = new LinkedHashMap<>();
		jdbc.sql(sql).params(params).query(rs -> {
			long id = rs.getLong("id");
			if (!rows.containsKey(id)) {
				rows.put(id, new Row(id, rs.getString("username"), rs.getString("display_name"), rs.getBoolean("enabled"),
						EnumSet.noneOf(Role.class)));
			}
			Row row = rows.get(id);
			String role = rs.getString("role");
			if (role != null) {
				row.roles().add(Role.valueOf(role));
			}
		});
		List<StaffMember> members = new ArrayList<>(rows.size());
		rows.values().forEach(row -> members.add(row.member()));
		return members;
	}

	private record Row(long id, String username, String displayName, boolean enabled, Set<Role> roles) {

		StaffMember member() {
			return new StaffMember(id, username, displayName, enabled, roles);
		}

	}

}
