package io.kairos.voc.loop;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kairos.voc.SurveyAnswered;

/** Opens the follow-up of a detractor's (or passive's) answer once the answer is committed. */
@Component
class DetractorFollowUps {

	private final FollowUps followUps;

	DetractorFollowUps(FollowUps followUps) {
		this.followUps = followUps;
	}

	@ApplicationModuleListener
	void on(SurveyAnswered answered) {
		followUps.open(new AnsweredSurvey(answered.responseId(), answered.surveyId(),
				answered.customerId() == null ? null : answered.customerId().value(), answered.ticketId(),
				answered.teamId(), answered.agentId(), answered.nps(), answered.verbatim(), answered.at()));
	}

}
