package io.kairos.journey.design;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.journey.map.JourneyMap;
import io.kairos.journey.map.JourneyMaps;
import io.kairos.journey.map.JourneyView;
import io.kairos.journey.map.Journeys;
import io.kairos.journey.map.StageNps;
import io.kairos.journey.mot.MotIndex;
import io.kairos.journey.mot.Period;
import io.kairos.journey.touchpoint.Text;
import io.kairos.journey.touchpoint.TouchpointView;
import io.kairos.journey.touchpoint.Touchpoints;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/**
 * The three-step E-MOT design of a journey — granularise, touchpoint-ise, peak-ise — and the comparison after the
 * design took effect. The baseline is the 90 days before {@code effectiveFrom}; the hygiene check of a new moment
 * ({@link HygieneRule}) uses the stage means of that baseline.
 */
@Service
public class Designs {

	static final int BASELINE_DAYS = 90;

	private final JdbcClient jdbc;

	private final Journeys journeys;

	private final JourneyMaps maps;

	private final Touchpoints touchpoints;

	private final StageNps nps;

	private final Clock clock;

	private final ZoneId zone;

	Designs(JdbcClient jdbc, Journeys journeys, JourneyMaps maps, Touchpoints touchpoints, StageNps nps, Clock clock,
			@Value("${kairos.default-time-zone:Asia/Shanghai}") String zone) {
		this.jdbc = jdbc;
		this.journeys = journeys;
		this.maps = maps;
		this.touchpoints = touchpoints;
		this.nps = nps;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	public record NewDesign(String name, LocalDate effectiveFrom) {
	}

	public record NewStep(Long stageId, String name) {
	}

	public record Binding(Long touchpointId, Long standardId) {
	}

	public record NewMoment(Long stepId, MomentKind kind, String segment, String addresses, DesignLaw law,
			BigDecimal expectedNpsChange, String idea) {
	}

	@Transactional
	public DesignView create(long journeyId, NewDesign command, Long staffId) {
		journeys.get(journeyId);
		if (command.effectiveFrom() == null) {
			throw ProblemException.invalid("effectiveFrom", "problem.journey.required");
		}
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into emot_design (journey_id, name, effective_from, created_by, created_at)
				values (:j, :name, :from, :by, :now)""")
			.param("j", journeyId)
			.param("name", Text.required("name", command.name(), 200))
			.param("from", command.effectiveFrom())
			.param("by", staffId)
			.param("now", Timestamps.utc(clock.instant()))
			.update(key, "id");
		return get(key.getKey().longValue());
	}

	/** Step 1, granularise: a fine step of a stage, after the stage's earlier steps. */
	@Transactional
	public DesignView addStep(long designId, NewStep step) {
		DesignView design = get(designId);
		JourneyView journey = journeys.get(design.journeyId());
		if (step.stageId() == null) {
			throw ProblemException.invalid("stageId", "problem.journey.required");
		}
		if (journey.stage(step.stageId()) == null) {
			throw ProblemException.invalid("stageId", "problem.emot.stage.other-journey");
		}
		int position = design.steps().stream().mapToInt(DesignView.Step::position).max().orElse(0) + 1;
		jdbc.sql("insert into emot_step (design_id, stage_id, position, name) values (:d, :s, :p, :name)")
			.param("d", designId)
			.param("s", step.stageId())
			.param("p", position)
			.param("name", Text.required("name", step.name(), 200))
			.update();
		return get(designId);
	}

	/** Step 2, touchpoint-ise: the step's touchpoint (one of its stage's) and optionally one of its standards. */
	@Transactional
	public DesignView bind(long designId, long stepId, Binding binding) {
		DesignView design = get(designId);
		DesignView.Step step = step(design, stepId);
		JourneyView.Stage stage = journeys.get(design.journeyId()).stage(step.stageId());
		if (binding.touchpointId() == null) {
			throw ProblemException.invalid("touchpointId", "problem.journey.required");
		}
		TouchpointView touchpoint = touchpoints.find(binding.touchpointId())
			.orElseThrow(() -> ProblemException.invalid("touchpointId", "problem.journey.touchpoint.unknown",
					binding.touchpointId()));
		if (!stage.touchpointIds().contains(touchpoint.id())) {
			throw ProblemException.invalid("touchpointId", "problem.emot.touchpoint.not-in-stage", touchpoint.name(),
					stage.name());
		}
		if (binding.standardId() != null
				&& touchpoint.standards().stream().noneMatch(s -> s.id() == binding.standardId())) {
			throw ProblemException.invalid("standardId", "problem.emot.standard.other-touchpoint");
		}
		jdbc.sql("update emot_step set touchpoint_id = :t, standard_id = :s where id = :id")
			.param("t", touchpoint.id())
			.param("s", binding.standardId())
			.param("id", stepId)
			.update();
		return get(designId);
	}

	/** Step 3, peak-ise: a designed peak or end moment on a bound step, checked against the two-factor law. */
	@Transactional
	public DesignView addMoment(long designId, NewMoment moment) {
		DesignView design = get(designId);
		if (moment.stepId() == null) {
			throw ProblemException.invalid("stepId", "problem.journey.required");
		}
		DesignView.Step step = step(design, moment.stepId());
		if (!step.bound()) {
			throw ProblemException.invalid("stepId", "problem.emot.step.unbound");
		}
		if (moment.kind() == null) {
			throw ProblemException.invalid("kind", "problem.journey.required");
		}
		if (moment.law() == null) {
			throw ProblemException.invalid("law", "problem.journey.required");
		}
		BigDecimal expected = moment.expectedNpsChange();
		if (expected == null || expected.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
			throw ProblemException.invalid("expectedNpsChange", "problem.emot.expected-nps");
		}
		String segment = Text.required("segment", moment.segment(), 200);
		String addresses = Text.required("addresses", moment.addresses(), 500);
		HygieneRule.Stage blocking = HygieneRule.blocking(baselineStages(design), step.stageId(), moment.law(),
				painkillerStages(design));
		if (blocking != null) {
			throw ProblemException.invalid("law", "problem.emot.hygiene-failing", blocking.name(),
					String.format(java.util.Locale.ROOT, "%.2f", blocking.mean()));
		}
		jdbc.sql("""
				insert into emot_moment (design_id, step_id, kind, segment, addresses, law, expected_nps_change, idea)
				values (:d, :s, :kind, :segment, :addresses, :law, :nps, :idea)""")
			.param("d", designId)
			.param("s", step.id())
			.param("kind", moment.kind().name())
			.param("segment", segment)
			.param("addresses", addresses)
			.param("law", moment.law().name())
			.param("nps", expected)
			.param("idea", Text.optional("idea", moment.idea(), 2000))
			.update();
		return get(designId);
	}

	/** The stages with their baseline means, as the hygiene rule sees them. */
	@Transactional(readOnly = true)
	public List<HygieneRule.Stage> baselineStages(DesignView design) {
		JourneyMap baseline = maps.map(design.journeyId(), baseline(design));
		return baseline.stages()
			.stream()
			.map(s -> new HygieneRule.Stage(s.id(), s.name(), s.hygiene(), s.mean()))
			.toList();
	}

	private Set<Long> painkillerStages(DesignView design) {
		Set<Long> stages = new HashSet<>();
		for (DesignView.Moment m : design.moments()) {
			if (m.law() == DesignLaw.PAINKILLER) {
				stages.add(design.step(m.stepId()).stageId());
			}
		}
		return stages;
	}

	private Period baseline(DesignView design) {
		return new Period(design.effectiveFrom().minusDays(BASELINE_DAYS), design.effectiveFrom().minusDays(1), zone);
	}

	@Transactional(readOnly = true)
	public Comparison compare(long designId) {
		DesignView design = get(designId);
		JourneyView journey = journeys.get(design.journeyId());
		LocalDate today = LocalDate.now(clock.withZone(zone));
		Period before = baseline(design);
		Period after = new Period(design.effectiveFrom(), today.isBefore(design.effectiveFrom()) ? design.effectiveFrom() : today, zone);
		Set<Long> journeyTouchpoints = new LinkedHashSet<>();
		journey.stages().forEach(s -> journeyTouchpoints.addAll(s.touchpointIds()));
		Map<Long, MotIndex> indexBefore = byTouchpoint(journey.id(), before);
		Map<Long, MotIndex> indexAfter = byTouchpoint(journey.id(), after);
		Map<Long, Double> meanAfter = new HashMap<>();
		journeyTouchpoints.forEach(t -> meanAfter.put(t, indexAfter.getOrDefault(t, MotIndex.EMPTY).mean()));
		Set<Long> designedPeaks = new LinkedHashSet<>();
		for (DesignView.Moment m : design.moments()) {
			if (m.kind() == MomentKind.PEAK) {
				designedPeaks.add(design.step(m.stepId()).touchpointId());
			}
		}
		Set<Long> became = PeakCheck.becamePeaks(designedPeaks, meanAfter);
		Map<Long, Integer> ranks = PeakCheck.ranks(meanAfter);
		Map<Long, String> names = new HashMap<>();
		touchpoints.of(journeyTouchpoints).forEach(t -> names.put(t.id(), t.name()));
		List<Comparison.MomentResult> results = new ArrayList<>();
		BigDecimal expected = BigDecimal.ZERO;
		for (DesignView.Moment m : design.moments()) {
			DesignView.Step step = design.step(m.stepId());
			long tp = step.touchpointId();
			MotIndex b = indexBefore.getOrDefault(tp, MotIndex.EMPTY);
			MotIndex a = indexAfter.getOrDefault(tp, MotIndex.EMPTY);
			boolean improved = a.mean() != null && (b.mean() == null || a.mean() > b.mean());
			results.add(new Comparison.MomentResult(m.id(), m.kind(), m.law(), step.name(),
					journey.stage(step.stageId()).name(), tp, names.get(tp), b.mean(), b.count(), a.mean(), a.count(),
					ranks.get(tp), m.kind() == MomentKind.PEAK && became.contains(tp), improved, m.expectedNpsChange()));
			expected = expected.add(m.expectedNpsChange());
		}
		return new Comparison(design.id(), design.name(), before.from(), design.effectiveFrom(), after.to(),
				ranks.size(), results, nps.compare(journeyTouchpoints, before, after, expected));
	}

	private Map<Long, MotIndex> byTouchpoint(long journeyId, Period period) {
		Map<Long, List<Integer>> scores = new HashMap<>();
		jdbc.sql("""
				select touchpoint_id, score from mot_score where journey_id = :j
				and scored_at >= :start and scored_at < :end""")
			.param("j", journeyId)
			.param("start", Timestamps.utc(period.start()))
			.param("end", Timestamps.utc(period.end()))
			.query(rs -> {
				scores.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
			});
		Map<Long, MotIndex> index = new HashMap<>();
		scores.forEach((k, v) -> index.put(k, MotIndex.of(v)));
		return index;
	}

	private static DesignView.Step step(DesignView design, long stepId) {
		DesignView.Step step = design.step(stepId);
		if (step == null) {
			throw ProblemException.invalid("stepId", "problem.emot.step.unknown", stepId);
		}
		return step;
	}

	@Transactional(readOnly = true)
	public DesignView get(long id) {
		DesignView design = jdbc.sql("select * from emot_design where id = :id")
			.param("id", id)
			.query((rs, n) -> new DesignView(rs.getLong("id"), rs.getLong("journey_id"), rs.getString("name"),
					rs.getObject("effective_from", LocalDate.class), List.of(), List.of()))
			.optional()
			.orElseThrow(() -> ProblemException.notFound("problem.emot.design.not-found"));
		List<DesignView.Step> steps = jdbc.sql("select * from emot_step where design_id = :d order by position")
			.param("d", id)
			.query((rs, n) -> new DesignView.Step(rs.getLong("id"), rs.getLong("stage_id"), rs.getInt("position"),
					rs.getString("name"), nullable(rs, "touchpoint_id"), nullable(rs, "standard_id")))
			.list();
		List<DesignView.Moment> moments = jdbc.sql("select * from emot_moment where design_id = :d order by id")
			.param("d", id)
			.query((rs, n) -> new DesignView.Moment(rs.getLong("id"), rs.getLong("step_id"),
					MomentKind.valueOf(rs.getString("kind")), rs.getString("segment"), rs.getString("addresses"),
					DesignLaw.valueOf(rs.getString("law")), rs.getBigDecimal("expected_nps_change"), rs.getString("idea")))
			.list();
		return new DesignView(design.id(), design.journeyId(), design.name(), design.effectiveFrom(), steps, moments);
	}

	@Transactional(readOnly = true)
	public List<DesignView> ofJourney(long journeyId) {
		return jdbc.sql("select id from emot_design where journey_id = :j order by id")
			.param("j", journeyId)
			.query(Long.class)
			.list()
			.stream()
			.map(this::get)
			.toList();
	}

	private static Long nullable(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
