package io.kairos.journey.map;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.journey.touchpoint.Text;
import io.kairos.journey.touchpoint.Touchpoints;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/** Journeys and their ordered stages (the designed side of the map). */
@Service
public class Journeys {

	private final JdbcClient jdbc;

	private final Touchpoints touchpoints;

	private final Clock clock;

	Journeys(JdbcClient jdbc, Touchpoints touchpoints, Clock clock) {
		this.jdbc = jdbc;
		this.touchpoints = touchpoints;
		this.clock = clock;
	}

	public record NewJourney(String name, String description, List<NewStage> stages) {
	}

	/** A stage appended after the journey's last one. */
	public record NewStage(String name, String customerActions, String thoughts, String feelings, Boolean hygiene,
			List<Long> touchpointIds) {
	}

	@Transactional
	public JourneyView create(NewJourney command) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into journey (name, description, created_at) values (:name, :description, :now)")
			.param("name", Text.required("name", command.name(), 200))
			.param("description", Text.optional("description", command.description(), 2000))
			.param("now", Timestamps.utc(clock.instant()))
			.update(key, "id");
		long id = key.getKey().longValue();
		if (command.stages() != null) {
			for (NewStage stage : command.stages()) {
				insertStage(id, stage);
			}
		}
		return get(id);
	}

	@Transactional
	public JourneyView addStage(long journeyId, NewStage stage) {
		get(journeyId);
		insertStage(journeyId, stage);
		return get(journeyId);
	}

	private void insertStage(long journeyId, NewStage stage) {
		if (stage == null) {
			throw ProblemException.invalid("stages", "problem.journey.required");
		}
		Integer last = jdbc.sql("select max(position) from journey_stage where journey_id = :j")
			.param("j", journeyId)
			.query(Integer.class)
			.optional()
			.orElse(null);
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into journey_stage (journey_id, position, name, customer_actions, thoughts, feelings, hygiene)
				values (:j, :position, :name, :actions, :thoughts, :feelings, :hygiene)""")
			.param("j", journeyId)
			.param("position", last == null ? 1 : last + 1)
			.param("name", Text.required("name", stage.name(), 200))
			.param("actions", Text.optional("customerActions", stage.customerActions(), 2000))
			.param("thoughts", Text.optional("thoughts", stage.thoughts(), 2000))
			.param("feelings", Text.optional("feelings", stage.feelings(), 2000))
			.param("hygiene", Boolean.TRUE.equals(stage.hygiene()))
			.update(key, "id");
		long stageId = key.getKey().longValue();
		Set<Long> seen = new HashSet<>();
		for (Long touchpointId : stage.touchpointIds() == null ? List.<Long>of() : stage.touchpointIds()) {
			if (touchpointId == null || touchpoints.find(touchpointId).isEmpty()) {
				throw ProblemException.invalid("touchpointIds", "problem.journey.touchpoint.unknown", touchpointId);
			}
			if (seen.add(touchpointId)) {
				jdbc.sql("insert into journey_stage_touchpoint (stage_id, touchpoint_id) values (:s, :t)")
					.param("s", stageId)
					.param("t", touchpointId)
					.update();
			}
		}
	}

	@Transactional(readOnly = true)
	public JourneyView get(long id) {
		return find(id).orElseThrow(() -> ProblemException.notFound("problem.journey.not-found"));
	}

	@Transactional(readOnly = true)
	public Optional<JourneyView> find(long id) {
		return load("select * from journey where id = :id", Map.of("id", id)).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public List<JourneyView> all() {
		return load("select * from journey order by id", Map.of());
	}

	/** The stages, across journeys, where a touchpoint is met. */
	@Transactional(readOnly = true)
	public List<StageRef> stagesOf(long touchpointId) {
		return jdbc.sql("""
				select s.id, s.journey_id from journey_stage s
				join journey_stage_touchpoint st on st.stage_id = s.id where st.touchpoint_id = :t order by s.id""")
			.param("t", touchpointId)
			.query((rs, n) -> new StageRef(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	/** Which stage of which journey. */
	public record StageRef(long stageId, long journeyId) {
	}

	private List<JourneyView> load(String sql, Map<String, Object> params) {
		List<JourneyView> journeys = jdbc.sql(sql).params(params).query((rs, n) -> new JourneyView(rs.getLong("id"),
				rs.getString("name"), rs.getString("description"), new ArrayList<>(),
				Timestamps.instant(rs.getObject("created_at", OffsetDateTime.class)))).list();
		if (journeys.isEmpty()) {
			return journeys;
		}
		Map<Long, List<Long>> stageTouchpoints = new LinkedHashMap<>();
		List<Long> ids = journeys.stream().map(JourneyView::id).toList();
		jdbc.sql("""
				select st.stage_id, st.touchpoint_id from journey_stage_touchpoint st
				join journey_stage s on s.id = st.stage_id where s.journey_id in (:ids) order by st.touchpoint_id""")
			.param("ids", ids)
			.query(rs -> {
				stageTouchpoints.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
			});
		Map<Long, List<JourneyView.Stage>> stages = new LinkedHashMap<>();
		jdbc.sql("select * from journey_stage where journey_id in (:ids) order by journey_id, position")
			.param("ids", ids)
			.query(rs -> {
				long stageId = rs.getLong("id");
				stages.computeIfAbsent(rs.getLong("journey_id"), k -> new ArrayList<>())
					.add(new JourneyView.Stage(stageId, rs.getInt("position"), rs.getString("name"),
							rs.getString("customer_actions"), rs.getString("thoughts"), rs.getString("feelings"),
							rs.getBoolean("hygiene"), List.copyOf(stageTouchpoints.getOrDefault(stageId, List.of()))));
			});
		return journeys.stream().map(j -> new JourneyView(j.id(), j.name(), j.description(),
				List.copyOf(stages.getOrDefault(j.id(), List.of())), j.createdAt())).toList();
	}

}
