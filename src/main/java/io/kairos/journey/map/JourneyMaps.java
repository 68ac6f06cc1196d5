package io.kairos.journey.map;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.TicketType;
import io.kairos.journey.mot.MotIndex;
import io.kairos.journey.mot.Period;
import io.kairos.journey.ticket.JourneyTickets;
import io.kairos.journey.ticket.JourneyTickets.TicketAtTouchpoint;
import io.kairos.journey.touchpoint.TouchpointView;
import io.kairos.journey.touchpoint.Touchpoints;
import io.kairos.shared.time.Timestamps;

/**
 * Draws a journey's map from measured data: per stage the MOT index of the moments scored there, the tickets and
 * complaints at its touchpoints, their median handle time and the NPS of answers about them; then flags pain and
 * memory points ({@link MemoryAndPain}) with the configured thresholds.
 */
@Service
public class JourneyMaps {

	private final Journeys journeys;

	private final Touchpoints touchpoints;

	private final JourneyTickets tickets;

	private final StageNps nps;

	private final JdbcClient jdbc;

	private final JourneyMap.Thresholds thresholds;

	JourneyMaps(Journeys journeys, Touchpoints touchpoints, JourneyTickets tickets, StageNps nps, JdbcClient jdbc,
			@Value("${kairos.journey.pain.negative-share:0.3}") double negativeShare,
			@Value("${kairos.journey.pain.complaint-rate:0.25}") double complaintRate) {
		this.journeys = journeys;
		this.touchpoints = touchpoints;
		this.tickets = tickets;
		this.nps = nps;
		this.jdbc = jdbc;
		this.thresholds = new JourneyMap.Thresholds(negativeShare, complaintRate);
	}

	@Transactional(readOnly = true)
	public JourneyMap map(long journeyId, Period period) {
		JourneyView journey = journeys.get(journeyId);
		Map<Long, List<Integer>> scores = new HashMap<>();
		jdbc.sql("""
				select stage_id, score from mot_score where journey_id = :j and stage_id is not null
				and scored_at >= :start and scored_at < :end""")
			.param("j", journeyId)
			.param("start", Timestamps.utc(period.start()))
			.param("end", Timestamps.utc(period.end()))
			.query(rs -> {
				scores.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
			});
		Set<Long> allTouchpoints = new LinkedHashSet<>();
		journey.stages().forEach(s -> allTouchpoints.addAll(s.touchpointIds()));
		Map<Long, TouchpointView> byId = new HashMap<>();
		touchpoints.of(allTouchpoints).forEach(t -> byId.put(t.id(), t));
		List<TicketAtTouchpoint> atTouchpoints = tickets.at(allTouchpoints, period.start(), period.end());

		List<MemoryAndPain.Measure> measures = new ArrayList<>();
		List<Measured> partial = new ArrayList<>();
		for (JourneyView.Stage stage : journey.stages()) {
			MotIndex index = MotIndex.of(scores.getOrDefault(stage.id(), List.of()));
			List<TicketAtTouchpoint> here = atTouchpoints.stream()
				.filter(t -> stage.touchpointIds().contains(t.touchpointId()))
				.toList();
			int complaints = (int) here.stream().filter(t -> t.type() == TicketType.COMPLAINT).count();
			Double complaintRate = here.isEmpty() ? null : MotIndexRounding.round((double) complaints / here.size());
			List<Double> handle = here.stream()
				.filter(t -> t.resolvedAt() != null)
				.map(t -> minutes(t.openedAt(), t.resolvedAt()))
				.toList();
			StageNps.Figure npsFigure = nps.of(stage.touchpointIds(), period);
			measures.add(new MemoryAndPain.Measure(index.mean(), index.negativeShare(), complaintRate));
			partial.add(new Measured(stage, index, here.size(), complaints, complaintRate, Median.of(handle), npsFigure));
		}
		List<MemoryAndPain.Flags> flags = MemoryAndPain.flag(measures,
				new MemoryAndPain.Thresholds(thresholds.negativeShare(), thresholds.complaintRate()));
		List<JourneyMap.StageFigures> stages = new ArrayList<>();
		for (int i = 0; i < partial.size(); i++) {
			Measured p = partial.get(i);
			JourneyView.Stage stage = p.stage();
			MotIndex index = p.index();
			MemoryAndPain.Flags f = flags.get(i);
			List<JourneyMap.TouchpointRef> refs = stage.touchpointIds().stream()
				.map(byId::get)
				.map(t -> new JourneyMap.TouchpointRef(t.id(), t.name(), t.channel().name(), t.online()))
				.toList();
			stages.add(new JourneyMap.StageFigures(stage.id(), stage.position(), stage.name(), stage.customerActions(),
					stage.thoughts(), stage.feelings(), stage.hygiene(), refs, index.count(), index.mean(),
					index.negativeShare(), index.topShare(), p.tickets(), p.complaints(), p.complaintRate(),
					p.medianHandle() == null ? null : MotIndexRounding.round(p.medianHandle()), p.nps().nps(),
					p.nps().answers(), f.pain(), f.negativeShareExceeded(), f.complaintRateExceeded(), f.peak(), f.end()));
		}
		return new JourneyMap(journey.id(), journey.name(), journey.description(), period.from(), period.to(),
				thresholds, stages);
	}

	/** What was measured at a stage, before the flags are known. */
	private record Measured(JourneyView.Stage stage, MotIndex index, int tickets, int complaints, Double complaintRate,
			Double medianHandle, StageNps.Figure nps) {
	}

	private static double minutes(Instant from, Instant to) {
		return Duration.between(from, to).toSeconds() / 60d;
	}

	/** Four decimals, like the MOT index. */
	static final class MotIndexRounding {

		private MotIndexRounding() {
		}

		static Double round(double value) {
			return Math.round(value * 10_000d) / 10_000d;
		}

	}

}
