package io.kairos.voc.response;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.shared.api.ProblemException;
import io.kairos.voc.ResponseSource;
import io.kairos.voc.survey.SurveyDefinition;
import io.kairos.voc.survey.SurveyDefinitions;

/** Responses arriving over the API: resolves the survey version they answer and records them. */
@Service
public class ResponseIntake {

	private final Responses responses;

	private final SurveyDefinitions definitions;

	ResponseIntake(Responses responses, SurveyDefinitions definitions) {
		this.responses = responses;
		this.definitions = definitions;
	}

	@Transactional
	public long recordOne(long surveyId, ResponseInput input) {
		if (input.answers() == null) {
			throw ProblemException.invalid("answers", "problem.answer.none");
		}
		return responses.record(input.toCommand(surveyId, version(surveyId, input.surveyVersion()).number(),
				ResponseSource.API));
	}

	SurveyDefinition version(long surveyId, Integer number) {
		return (number == null ? definitions.latestPublished(surveyId) : definitions.find(surveyId, number))
			.filter(SurveyDefinition::published)
			.orElseThrow(() -> ProblemException.notFound("problem.survey.version-not-found"));
	}

}
