package io.kairos.voc.invitation;

import java.util.Locale;

import org.springframework.stereotype.Component;

import io.kairos.shared.api.ProblemException;
import io.kairos.voc.SurveyCatalog;

/** Refuses distribution for a survey that has no published version to answer. */
@Component
class KnownSurveys {

	private final SurveyCatalog catalog;

	KnownSurveys(SurveyCatalog catalog) {
		this.catalog = catalog;
	}

	void require(long surveyId) {
		if (catalog.published(surveyId, Locale.ENGLISH).isEmpty()) {
			throw ProblemException.notFound("problem.voc.survey.unpublished");
		}
	}

}
