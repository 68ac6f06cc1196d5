package io.kairos.voc.survey;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.kairos.voc.SurveyCatalog;
import io.kairos.voc.SurveyKind;

/** One version of a survey with its questions, in both languages. */
public record SurveyDefinition(long surveyId, String name, SurveyKind kind, int number, VersionStatus status,
		Instant publishedAt, List<QuestionSpec> questions) {

	public boolean published() {
		return status == VersionStatus.PUBLISHED;
	}

	public Optional<QuestionSpec> question(String code) {
		return questions.stream().filter(question -> question.code().equals(code)).findFirst();
	}

	public SurveyCatalog.PublishedSurvey in(Locale locale) {
		return new SurveyCatalog.PublishedSurvey(surveyId, number, name, kind, questions.stream()
			.map(question -> new SurveyCatalog.Question(question.code(), question.type(), question.mandatory(),
					question.text().in(locale), text(question.dysfunctionalText(), locale),
					text(question.whyText(), locale),
					question.choices()
						.stream()
						.map(option -> new SurveyCatalog.Option(option.code(), option.text().in(locale)))
						.toList(),
					question.servqualItem(), question.zone(), question.kanoFeature(), question.touchpointId()))
			.toList());
	}

	private static String text(LocalizedText text, Locale locale) {
		return text == null ? null : text.in(locale);
	}

}
