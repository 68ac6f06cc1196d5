package io.kairos.identity.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.identity.Role;
import io.kairos.shared.paging.Keyset;
import io.kairos.shared.time.Timestamps;

/** Reads pages of staff users for lists: two queries per page (users, then their roles), newest first. */
@Component
class StaffUserListing {

	private final JdbcClient jdbc;

	StaffUserListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Keyset.Page<StaffUserView> page(Keyset keyset, String search) {
		StringBuilder sql = new StringBuilder("""
				select id, username, display_name, email, enabled, language, time_zone, created_at, updated_at, version
				from staff_user where 1 = 1""");
		Map<String, Object> params = new HashMap<>();
		if (keyset.after() != null) {
			sql.append(" and id < :after");
			params.put("after", keyset.after());
		}
		if (search != null && !search.isBlank()) {
			sql.append(" and (lower(username) like :search escape '\\' or lower(display_name) like :search escape '\\')");
			params.put("search", "%" + escapeLike(search.trim().toLowerCase(Locale.ROOT)) + "%");
		}
		sql.append(" order by id desc limit :limit");
		params.put("limit", keyset.fetchSize());
		List<Row> rows = jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					rs.getString("email"), rs.getBoolean("enabled"), rs.getString("language"),
					rs.getString("time_zone"),
					Timestamps.instant(rs.getObject("created_at", java.time.OffsetDateTime.class)),
					Timestamps.instant(rs.getObject("updated_at", java.time.OffsetDateTime.class)),
					rs.getLong("version")))
			.list();
		Map<Long, Set<Role>> roles = rolesOf(rows.stream().map(Row::id).toList());
		List<StaffUserView> views = new ArrayList<>();
		for (Row row : rows) {
			views.add(new StaffUserView(row.id(), row.username(), row.displayName(), row.email(),
					roles.getOrDefault(row.id(), Set.of()), row.enabled(), row.language(), row.timeZone(),
					row.createdAt(), row.updatedAt(), row.version()));
		}
		return keyset.page(views, StaffUserView::id);
	}

	private Map<Long, Set<Role>> rolesOf(List<Long> ids) {
		Map<Long, Set<Role>> roles = new HashMap<>();
		if (ids.isEmpty()) {
			return roles;
		}
		jdbc.sql("select staff_user, role from staff_user_role where staff_user in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> {
				roles.computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
				return null;
			})
			.list();
		return roles;
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private record Row(long id, String username, String displayName, String email, boolean enabled, String language,
			String timeZone, java.time.Instant createdAt, java.time.Instant updatedAt, long version) {
	}

}
