package io.kairos.voc.report;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.voc.score.ServqualScore;

/** SERVQUAL over the responses a filter selects: the database counts answer combinations, {@link ServqualScore} scores. */
@Service
public class ServqualReport {

	private final JdbcClient jdbc;

	ServqualReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public ServqualScore.Result score(ResponseFilter filter) {
		List<ServqualScore.Cell> cells = jdbc.sql("""
				select a.servqual_item, a.expectation, a.desired, a.adequate, a.perception, count(*) answers
				from survey_answer a join survey_response r on r.id = a.response_id
				where a.question_type = 'SERVQUAL'""" + filter.conditions() + """
				 group by a.servqual_item, a.expectation, a.desired, a.adequate, a.perception""")
			.params(filter.parameters())
			.query((rs, row) -> new ServqualScore.Cell(rs.getInt("servqual_item"), rs.getObject("expectation", Integer.class),
					rs.getObject("desired", Integer.class), rs.getObject("adequate", Integer.class), rs.getInt("perception"),
					rs.getLong("answers")))
			.list();
		List<ServqualScore.WeightCell> weights = jdbc.sql("""
				select a.w_tangibles, a.w_reliability, a.w_responsiveness, a.w_assurance, a.w_empathy, count(*) answers
				from survey_answer a join survey_response r on r.id = a.response_id
				where a.question_type = 'SERVQUAL_WEIGHTS'""" + filter.conditions() + """
				 group by a.w_tangibles, a.w_reliability, a.w_responsiveness, a.w_assurance, a.w_empathy""")
			.params(filter.parameters())
			.query((rs, row) -> new ServqualScore.WeightCell(new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3),
					rs.getInt(4), rs.getInt(5) }, rs.getLong("answers")))
			.list();
		return ServqualScore.score(cells, weights);
	}

}
