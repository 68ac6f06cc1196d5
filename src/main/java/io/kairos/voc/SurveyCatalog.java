package io.kairos.voc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.voc.survey.SurveyDefinitions;
import io.kairos.voc.survey.SurveyDefinition;

/**
 * Published surveys for whoever shows them (the public survey page, invitations): the questions of a published
 * version with their texts in one language (Chinese unless the locale asks for English).
 */
@Service
public class SurveyCatalog {

	private final SurveyDefinitions definitions;

	SurveyCatalog(SurveyDefinitions definitions) {
		this.definitions = definitions;
	}

	/** The latest published version of a survey, if it has one. */
	@Transactional(readOnly = true)
	public Optional<PublishedSurvey> published(long surveyId, Locale locale) {
		return definitions.latestPublished(surveyId).map(definition -> definition.in(locale));
	}

	/** One published version; empty when it does not exist or is still a draft. */
	@Transactional(readOnly = true)
	public Optional<PublishedSurvey> version(long surveyId, int version, Locale locale) {
		return definitions.find(surveyId, version)
			.filter(SurveyDefinition::published)
			.map(definition -> definition.in(locale));
	}

	/** Surveys that have a published version, newest first: id, name and kind. */
	@Transactional(readOnly = true)
	public List<SurveySummary> publishedSurveys() {
		return definitions.publishedSummaries();
	}

	/** A published survey version as one language shows it. */
	public record PublishedSurvey(long surveyId, int version, String name, SurveyKind kind,
			List<Question> questions) {
	}

	/**
	 * A question in one language. {@code dysfunctionalText} is the second question of a Kano pair, {@code whyText}
	 * the "why" asked after an NPS score; {@code zoneOfTolerance} asks a SERVQUAL item as desired / adequate /
	 * perceived instead of expectation / perception.
	 */
	public record Question(String code, QuestionType type, boolean required, String text, String dysfunctionalText,
			String whyText, List<Option> options, Integer servqualItem, boolean zoneOfTolerance, String kanoFeature,
			Long touchpointId) {
	}

	public record Option(String code, String text) {
	}

	public record SurveySummary(long surveyId, String name, SurveyKind kind, int publishedVersion) {
	}

}
