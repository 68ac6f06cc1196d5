package io.kairos.voc.survey;

/**
 * Why a response was refused: the field at fault ({@code answers.<question code>} for an answer, else the context
 * field's name) and a message key with its arguments.
 */
public record AnswerProblem(String field, String messageKey, Object... arguments) {

	public static AnswerProblem answer(String questionCode, String messageKey, Object... arguments) {
		return new AnswerProblem("answers." + questionCode, messageKey, arguments);
	}

}
