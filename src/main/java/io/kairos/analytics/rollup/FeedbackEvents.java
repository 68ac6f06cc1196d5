package io.kairos.analytics.rollup;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kairos.journey.MotFacts;
import io.kairos.journey.MotScored;
import io.kairos.voc.SurveyAnswered;
import io.kairos.voc.SurveyFacts;

/**
 * Survey answers and MOT scores feed the NPS, CSAT and MOT roll-ups. The stored response or score is read back
 * (the event does not carry a response's channel and tier), so events and a rebuild count the same thing.
 */
@Component
class FeedbackEvents {

	private final FeedbackProjector projector;

	private final SurveyFacts surveys;

	private final MotFacts scores;

	FeedbackEvents(FeedbackProjector projector, SurveyFacts surveys, MotFacts scores) {
		this.projector = projector;
		this.surveys = surveys;
		this.scores = scores;
	}

	@ApplicationModuleListener
	void on(SurveyAnswered event) {
		projector.refresh(() -> surveys.of(event.responseId()));
	}

	@ApplicationModuleListener
	void on(MotScored event) {
		projector.refreshMot(() -> scores.of(event.scoreId()));
	}

}
