package io.kairos.voc.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.voc.score.Dimension;
import io.kairos.voc.score.PointBiserial;

/**
 * Driver analysis (SPEC §5.2): how strongly each touchpoint's MOT scores and each SERVQUAL dimension's gaps go
 * with being a promoter rather than a detractor, as a point-biserial correlation over the answers of responses
 * that also hold an NPS score (passives left out). Association, not cause; drivers with fewer than
 * {@link #MIN_ANSWERS} answers or fewer than {@link #MIN_GROUP} in either group are marked unreliable.
 */
@Service
public class DriverReport {

	static final int MIN_ANSWERS = 30;

	static final int MIN_GROUP = 5;

	private final JdbcClient jdbc;

	DriverReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public enum Kind {

		TOUCHPOINT_MOT, SERVQUAL_DIMENSION

	}

	/** One candidate driver: a touchpoint id or a dimension name, and its correlation. */
	public record Driver(Kind kind, String key, PointBiserial.Result correlation, boolean reliable) {
	}

	@Transactional(readOnly = true)
	public List<Driver> drivers(ResponseFilter filter) {
		Map<String, List<PointBiserial.Cell>> mot = new LinkedHashMap<>();
		jdbc.sql("""
				select coalesce(a.touchpoint_id, r.touchpoint_id) touchpoint, a.score, r.nps >= 9 promoter, count(*) answers
				from survey_answer a join survey_response r on r.id = a.response_id
				where a.question_type = 'MOT' and (r.nps >= 9 or r.nps <= 6)""" + filter.conditions() + """
				 group by coalesce(a.touchpoint_id, r.touchpoint_id), a.score, r.nps >= 9""")
			.params(filter.parameters())
			.query(rs -> {
				Object touchpoint = rs.getObject("touchpoint");
				if (touchpoint != null) {
					mot.computeIfAbsent(touchpoint.toString(), key -> new ArrayList<>())
						.add(new PointBiserial.Cell(rs.getInt("score"), rs.getBoolean("promoter"), rs.getLong("answers")));
				}
			});
		Map<String, List<PointBiserial.Cell>> servqual = new LinkedHashMap<>();
		jdbc.sql("""
				select a.servqual_item, a.expectation, a.adequate, a.perception, r.nps >= 9 promoter, count(*) answers
				from survey_answer a join survey_response r on r.id = a.response_id
				where a.question_type = 'SERVQUAL' and (r.nps >= 9 or r.nps <= 6)""" + filter.conditions() + """
				 group by a.servqual_item, a.expectation, a.adequate, a.perception, r.nps >= 9""")
			.params(filter.parameters())
			.query(rs -> {
				Integer expectation = rs.getObject("expectation", Integer.class);
				Integer adequate = rs.getObject("adequate", Integer.class);
				int perception = rs.getInt("perception");
				// the gap to expectation, or in the three-column form the adequacy margin (MSA)
				int gap = perception - (expectation != null ? expectation : adequate);
				servqual.computeIfAbsent(Dimension.of(rs.getInt("servqual_item")).key(), key -> new ArrayList<>())
					.add(new PointBiserial.Cell(gap, rs.getBoolean("promoter"), rs.getLong("answers")));
			});
		List<Driver> drivers = new ArrayList<>();
		mot.forEach((key, cells) -> drivers.add(driver(Kind.TOUCHPOINT_MOT, key, cells)));
		servqual.forEach((key, cells) -> drivers.add(driver(Kind.SERVQUAL_DIMENSION, key, cells)));
		drivers.sort(Comparator.comparing((Driver driver) -> driver.correlation().r() == null ? 0 : -Math.abs(driver.correlation().r())));
		return drivers;
	}

	private static Driver driver(Kind kind, String key, List<PointBiserial.Cell> cells) {
		PointBiserial.Result result = PointBiserial.of(cells);
		boolean reliable = result.r() != null && result.n() >= MIN_ANSWERS && result.promoters() >= MIN_GROUP
				&& result.detractors() >= MIN_GROUP;
		return new Driver(kind, key, result, reliable);
	}

}
