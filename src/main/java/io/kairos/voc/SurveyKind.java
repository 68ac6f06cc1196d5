package io.kairos.voc;

/** What a survey is for: after a transaction (e.g. a resolved ticket), about the relationship, or a study. */
public enum SurveyKind {

	TRANSACTIONAL, RELATIONSHIP, SERVQUAL, KANO, GENERAL

}
