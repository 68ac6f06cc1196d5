package io.kairos.journey.touchpoint;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/** The touchpoint catalogue: create touchpoints, add their service standards, read them. */
@Service
public class Touchpoints {

	private final JdbcClient jdbc;

	private final Clock clock;

	Touchpoints(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new touchpoint; {@code online} defaults from the channel. */
	public record NewTouchpoint(String name, TouchpointChannel channel, Boolean online, String ownerDepartment,
			String description, List<NewStandard> standards) {
	}

	/** A service standard; target and unit go together ("answer within 20 s" → 20, "s"). */
	public record NewStandard(String description, BigDecimal target, String unit) {
	}

	@Transactional
	public TouchpointView create(NewTouchpoint command) {
		String name = Text.required("name", command.name(), 200);
		if (command.channel() == null) {
			throw ProblemException.invalid("channel", "problem.journey.required");
		}
		boolean online = command.online() != null ? command.online() : command.channel().usuallyOnline();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into touchpoint (name, channel, online, owner_department, description, created_at)
				values (:name, :channel, :online, :owner, :description, :now)""")
			.param("name", name)
			.param("channel", command.channel().name())
			.param("online", online)
			.param("owner", Text.optional("ownerDepartment", command.ownerDepartment(), 200))
			.param("description", Text.optional("description", command.description(), 2000))
			.param("now", Timestamps.utc(clock.instant()))
			.update(key, "id");
		long id = key.getKey().longValue();
		if (command.standards() != null) {
			for (NewStandard standard : command.standards()) {
				insertStandard(id, standard);
			}
		}
		return get(id);
	}

	@Transactional
	public TouchpointView addStandard(long touchpointId, NewStandard standard) {
		get(touchpointId);
		insertStandard(touchpointId, standard);
		return get(touchpointId);
	}

	private void insertStandard(long touchpointId, NewStandard standard) {
		if (standard == null) {
			throw ProblemException.invalid("standards", "problem.journey.required");
		}
		String unit = Text.optional("unit", standard.unit(), 20);
		if ((standard.target() == null) != (unit == null)) {
			throw ProblemException.invalid("target", "problem.journey.standard.target-unit");
		}
		jdbc.sql("insert into touchpoint_standard (touchpoint_id, description, target, unit) values (:t, :d, :target, :unit)")
			.param("t", touchpointId)
			.param("d", Text.required("description", standard.description(), 500))
			.param("target", standard.target())
			.param("unit", unit)
			.update();
	}

	@Transactional(readOnly = true)
	public TouchpointView get(long id) {
		return find(id).orElseThrow(() -> ProblemException.notFound("problem.journey.touchpoint.not-found"));
	}

	@Transactional(readOnly = true)
	public Optional<TouchpointView> find(long id) {
		return of(List.of(id)).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public List<TouchpointView> all() {
		return load("select * from touchpoint order by id", Map.of());
	}

	@Transactional(readOnly = true)
	public List<TouchpointView> of(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return load("select * from touchpoint where id in (:ids) order by id", Map.of("ids", ids));
	}

	private List<TouchpointView> load(String sql, Map<String, Object> params) {
		Map<Long, List<TouchpointView.Standard>> standards = new LinkedHashMap<>();
		List<TouchpointView> touchpoints = jdbc.sql(sql).params(params).query((rs, n) -> new TouchpointView(
				rs.getLong("id"), rs.getString("name"), TouchpointChannel.valueOf(rs.getString("channel")),
				rs.getBoolean("online"), rs.getString("owner_department"), rs.getString("description"), new ArrayList<>(),
				Timestamps.instant(rs.getObject("created_at", java.time.OffsetDateTime.class)))).list();
		if (touchpoints.isEmpty()) {
			return touchpoints;
		}
		jdbc.sql("select * from touchpoint_standard where touchpoint_id in (:ids) order by id")
			.param("ids", touchpoints.stream().map(TouchpointView::id).toList())
			.query(rs -> {
				standards.computeIfAbsent(rs.getLong("touchpoint_id"), k -> new ArrayList<>())
					.add(new TouchpointView.Standard(rs.getLong("id"), rs.getString("description"),
							rs.getBigDecimal("target"), rs.getString("unit")));
			});
		return touchpoints.stream().map(t -> new TouchpointView(t.id(), t.name(), t.channel(), t.online(),
				t.ownerDepartment(), t.description(), List.copyOf(standards.getOrDefault(t.id(), List.of())),
				t.createdAt())).toList();
	}

}
