package io.kairos.voc.survey;

import io.kairos.voc.QuestionType;

/**
 * A validated answer, typed into the columns reports count by: {@code score} for NPS, CSAT, CES, MOT and YES_NO
 * (1 yes, 0 no); {@code choice} for SINGLE and MULTI (codes joined by commas); {@code text} for TEXT and the NPS
 * "why"; the SERVQUAL scores; {@code weights} (tangibles, reliability, responsiveness, assurance, empathy); the
 * Kano pair. {@code touchpointId} is a MOT question's touchpoint.
 */
public record Answer(String code, QuestionType type, Integer score, String choice, String text, Integer servqualItem,
		Integer expectation, Integer desired, Integer adequate, Integer perception, int[] weights, String kanoFeature,
		String functional, String dysfunctional, Long touchpointId) {

	static Answer scored(QuestionSpec question, int score, String why) {
		return new Answer(question.code(), question.type(), score, null, why, null, null, null, null, null, null,
				null, null, null, question.touchpointId());
	}

	static Answer chosen(QuestionSpec question, String choice) {
		return new Answer(question.code(), question.type(), null, choice, null, null, null, null, null, null, null,
				null, null, null, null);
	}

	static Answer written(QuestionSpec question, String text) {
		return new Answer(question.code(), question.type(), null, null, text, null, null, null, null, null, null,
				null, null, null, null);
	}

	static Answer servqual(QuestionSpec question, Integer expectation, Integer desired, Integer adequate,
			int perception) {
		return new Answer(question.code(), question.type(), null, null, null, question.servqualItem(), expectation,
				desired, adequate, perception, null, null, null, null, null);
	}

	static Answer weighted(QuestionSpec question, int[] weights) {
		return new Answer(question.code(), question.type(), null, null, null, null, null, null, null, null,
				weights.clone(), null, null, null, null);
	}

	static Answer kano(QuestionSpec question, String functional, String dysfunctional) {
		return new Answer(question.code(), question.type(), null, null, null, null, null, null, null, null, null,
				question.kanoFeature(), functional, dysfunctional, null);
	}

	public int weight(int dimension) {
		return weights[dimension];
	}

}
