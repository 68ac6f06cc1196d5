package io.kairos.voc.survey;

import java.util.List;

import io.kairos.voc.SurveyKind;

/**
 * A survey as the API shows it: {@code version} is the lock for edits (ETag), {@code versions} its history,
 * {@code current} the version asked for (by default the latest, draft or published) with its questions.
 */
public record SurveyView(long id, String name, SurveyKind kind, long version,
		List<SurveyDefinitions.VersionInfo> versions, Current current) {

	public record Current(int number, VersionStatus status, List<QuestionSpec> questions) {
	}

}
