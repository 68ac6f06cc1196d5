package io.kairos.voc.survey;

import java.util.List;

import io.kairos.voc.SurveyKind;

/** A survey as created or edited: its name, kind and questions (in order). */
public record SurveySpec(String name, SurveyKind kind, List<QuestionSpec> questions) {
}
