package io.kairos.journey.mot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.identity.StaffDirectory;
import io.kairos.journey.map.JourneyView;
import io.kairos.journey.map.Journeys;
import io.kairos.journey.touchpoint.Touchpoints;
import io.kairos.shared.time.Timestamps;

/** The MOT index per touchpoint, stage, journey, agent or team over a period, with its weekly trend. */
@Service
public class MotIndexReport {

	private final JdbcClient jdbc;

	private final Touchpoints touchpoints;

	private final Journeys journeys;

	private final StaffDirectory staff;

	MotIndexReport(JdbcClient jdbc, Touchpoints touchpoints, Journeys journeys, StaffDirectory staff) {
		this.jdbc = jdbc;
		this.touchpoints = touchpoints;
		this.journeys = journeys;
		this.staff = staff;
	}

	public record Report(String groupBy, LocalDate from, LocalDate to, List<Group> groups) {
	}

	/** One group; {@code key} is null for scores without one (e.g. no team). */
	public record Group(Long key, String label, int count, Double mean, Double negativeShare, Double topShare,
			List<Week> trend) {
	}

	public record Week(LocalDate week, int count, Double mean, Double negativeShare, Double topShare) {
	}

	@Transactional(readOnly = true)
	public Report index(MotGrouping grouping, Period period) {
		Map<Long, List<Integer>> scores = new LinkedHashMap<>();
		Map<Long, TreeMap<LocalDate, List<Integer>>> weeks = new HashMap<>();
		jdbc.sql("select " + grouping.column + " as group_key, score, scored_at from mot_score"
				+ " where scored_at >= :start and scored_at < :end order by group_key, scored_at")
			.param("start", Timestamps.utc(period.start()))
			.param("end", Timestamps.utc(period.end()))
			.query(rs -> {
				Long key = MotScores.nullable(rs, "group_key");
				int score = rs.getInt("score");
				Instant at = Timestamps.instant(rs.getObject("scored_at", OffsetDateTime.class));
				scores.computeIfAbsent(key, k -> new ArrayList<>()).add(score);
				weeks.computeIfAbsent(key, k -> new TreeMap<>())
					.computeIfAbsent(period.weekOf(at), k -> new ArrayList<>())
					.add(score);
			});
		Map<Long, String> labels = labels(grouping);
		List<Group> groups = new ArrayList<>();
		scores.forEach((key, list) -> {
			MotIndex index = MotIndex.of(list);
			List<Week> trend = new ArrayList<>();
			weeks.get(key).forEach((week, weekly) -> {
				MotIndex w = MotIndex.of(weekly);
				trend.add(new Week(week, w.count(), w.mean(), w.negativeShare(), w.topShare()));
			});
			String label = key == null ? null : labels.getOrDefault(key, "#" + key);
			groups.add(new Group(key, label, index.count(), index.mean(), index.negativeShare(), index.topShare(), trend));
		});
		return new Report(grouping.parameter(), period.from(), period.to(), groups);
	}

	private Map<Long, String> labels(MotGrouping grouping) {
		Map<Long, String> labels = new HashMap<>();
		switch (grouping) {
			case TOUCHPOINT -> touchpoints.all().forEach(t -> labels.put(t.id(), t.name()));
			case JOURNEY -> journeys.all().forEach(j -> labels.put(j.id(), j.name()));
			case STAGE -> {
				for (JourneyView j : journeys.all()) {
					for (JourneyView.Stage s : j.stages()) {
						labels.put(s.id(), j.name() + " · " + s.name());
					}
				}
			}
			case AGENT -> staff.enabled().forEach(m -> labels.put(m.id(), m.displayName()));
			case TEAM -> {
			}
		}
		return labels;
	}

}
