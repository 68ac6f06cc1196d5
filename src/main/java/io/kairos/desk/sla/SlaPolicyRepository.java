package io.kairos.desk.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketType;
import io.kairos.shared.time.Timestamps;

@Repository
class SlaPolicyRepository {

	private static final String COLUMNS = """
			id, position, name_en, name_zh, customer_tier, ticket_type, priority, channel, first_response_minutes,
			next_response_minutes, resolution_minutes, callback_minutes, calendar_id, warning_share, breach_actions,
			version, updated_at""";

	private final JdbcClient jdbc;

	SlaPolicyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SlaPolicy> all() {
		return jdbc.sql("select " + COLUMNS + " from sla_policy order by position, id").query(this::row).list();
	}

	Optional<SlaPolicy> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from sla_policy where id = :id").param("id", id).query(this::row).optional();
	}

	long insert(SlaPolicyCommand c, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		int position = jdbc.sql("select coalesce(max(position) + 1, 0) from sla_policy").query(Integer.class).single();
		jdbc.sql("""
				insert into sla_policy (position, name_en, name_zh, customer_tier, ticket_type, priority, channel,
				first_response_minutes, next_response_minutes, resolution_minutes, callback_minutes, calendar_id,
				warning_share, breach_actions, version, created_at, updated_at)
				values (:position, :nameEn, :nameZh, :tier, :type, :priority, :channel, :first, :next, :resolution,
				:callback, :calendar, :share, :actions, 0, :now, :now)""")
			.params(params(c, now))
			.param("position", position)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Writes the new state if the version is still the expected one; false when someone changed it first. */
	boolean update(long id, long expectedVersion, SlaPolicyCommand c, Instant now) {
		return jdbc.sql("""
				update sla_policy set name_en = :nameEn, name_zh = :nameZh, customer_tier = :tier, ticket_type = :type,
				priority = :priority, channel = :channel, first_response_minutes = :first,
				next_response_minutes = :next, resolution_minutes = :resolution, callback_minutes = :callback,
				calendar_id = :calendar, warning_share = :share, breach_actions = :actions,
				version = version + 1, updated_at = :now
				where id = :id and version = :version""")
			.params(params(c, now))
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 1;
	}

	void move(long id, int position, Instant now) {
		jdbc.sql("update sla_policy set position = :position, version = version + 1, updated_at = :now where id = :id")
			.param("position", position)
			.param("now", Timestamps.utc(now))
			.param("id", id)
			.update();
	}

	private static java.util.Map<String, Object> params(SlaPolicyCommand c, Instant now) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("nameEn", c.nameEn().strip());
		params.put("nameZh", c.nameZh().strip());
		params.put("tier", c.customerTier());
		params.put("type", c.type() == null ? null : c.type().name());
		params.put("priority", c.priority() == null ? null : c.priority().name());
		params.put("channel", c.channel() == null ? null : c.channel().name());
		params.put("first", c.firstResponseMinutes());
		params.put("next", c.nextResponseMinutes());
		params.put("resolution", c.resolutionMinutes());
		params.put("callback", c.callbackMinutes());
		params.put("calendar", c.calendarId());
		params.put("share", c.warningShare());
		params.put("actions", c.breachActions() == null ? ""
				: c.breachActions().stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(",")));
		params.put("now", Timestamps.utc(now));
		return params;
	}

	private SlaPolicy row(ResultSet rs, int n) throws SQLException {
		return new SlaPolicy(rs.getLong("id"), rs.getInt("position"), rs.getString("name_en"), rs.getString("name_zh"),
				rs.getString("customer_tier"), enumOf(TicketType.class, rs.getString("ticket_type")),
				enumOf(TicketPriority.class, rs.getString("priority")),
				enumOf(TicketChannel.class, rs.getString("channel")), integer(rs, "first_response_minutes"),
				integer(rs, "next_response_minutes"), integer(rs, "resolution_minutes"),
				integer(rs, "callback_minutes"), (Long) rs.getObject("calendar_id", Long.class),
				rs.getBigDecimal("warning_share") == null ? null : rs.getBigDecimal("warning_share").stripTrailingZeros(),
				actions(rs.getString("breach_actions")), rs.getLong("version"),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, Integer.class);
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

	private static Set<SlaAction> actions(String value) {
		Set<SlaAction> actions = EnumSet.noneOf(SlaAction.class);
		if (value != null && !value.isBlank()) {
			Arrays.stream(value.split(",")).map(String::strip).map(SlaAction::valueOf).forEach(actions::add);
		}
		return actions;
	}
}
