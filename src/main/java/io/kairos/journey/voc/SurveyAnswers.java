package io.kairos.journey.voc;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.journey.mot.MotScores;
import io.kairos.shared.time.Timestamps;
import io.kairos.voc.MotAnswered;
import io.kairos.voc.SurveyAnswered;

/**
 * What the voice of the customer tells the journey: a customer's MOT answer becomes a CUSTOMER-source score (once
 * per response and question), and a response's NPS answer is kept with its touchpoint — the response's, else its
 * ticket's — for the NPS of a stage.
 */
@Service
class SurveyAnswers {

	private final MotScores scores;

	private final JdbcClient jdbc;

	SurveyAnswers(MotScores scores, JdbcClient jdbc) {
		this.scores = scores;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(MotAnswered event) {
		scores.recordCustomerAnswer(event.responseId(), event.questionCode(),
				event.customerId() == null ? null : event.customerId().value(), event.ticketId(), event.touchpointId(),
				event.score(), event.at());
	}

	@ApplicationModuleListener
	void on(SurveyAnswered event) {
		if (event.nps() == null) {
			return;
		}
		record(event.responseId(), touchpoint(event), event.nps(), event);
	}

	@Transactional
	void record(long responseId, Long touchpointId, int nps, SurveyAnswered event) {
		Integer known = jdbc.sql("select count(*) from journey_answer where response_id = :r")
			.param("r", responseId)
			.query(Integer.class)
			.single();
		if (known > 0) {
			return;
		}
		try {
			jdbc.sql("insert into journey_answer (response_id, touchpoint_id, nps, answered_at) values (:r, :t, :nps, :at)")
				.param("r", responseId)
				.param("t", touchpointId)
				.param("nps", nps)
				.param("at", Timestamps.utc(event.at()))
				.update();
		}
		catch (DuplicateKeyException redelivered) {
			// the same response arrived twice at once
		}
	}

	private Long touchpoint(SurveyAnswered event) {
		if (event.touchpointId() != null || event.ticketId() == null) {
			return event.touchpointId();
		}
		List<Long> found = jdbc.sql("select touchpoint_id from journey_ticket where ticket_id = :t and touchpoint_id is not null")
			.param("t", event.ticketId())
			.query(Long.class)
			.list();
		return found.isEmpty() ? null : found.get(0);
	}

}
