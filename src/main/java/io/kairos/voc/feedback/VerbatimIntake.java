package io.kairos.voc.feedback;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kairos.voc.SurveyAnswered;

/** Files the free text of every survey answer in the feedback inbox. */
@Component
class VerbatimIntake {

	private final FeedbackInbox inbox;

	VerbatimIntake(FeedbackInbox inbox) {
		this.inbox = inbox;
	}

	@ApplicationModuleListener
	void on(SurveyAnswered answered) {
		inbox.fromSurvey(answered.responseId(), answered.surveyId(),
				answered.customerId() == null ? null : answered.customerId().value(), answered.ticketId(),
				answered.nps(), answered.verbatim());
	}

}
