package io.kairos.voc.invitation;

import org.springframework.stereotype.Component;

import io.kairos.shared.api.ProblemException;

/** Refuses distribution for a survey that does not exist (or has no published version to answer). */
@Component
class KnownSurveys {

	void require(long surveyId) {
		if (surveyId <= 0) {
			throw ProblemException.notFound("problem.voc.survey.not-found");
		}
	}

}
