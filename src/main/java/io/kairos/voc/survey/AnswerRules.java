package io.kairos.voc.survey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kairos.voc.QuestionType;
import tools.jackson.databind.JsonNode;

/**
 * Checks the answers of one response against the survey version they answer (SPEC §5.1, TESTING B-06). Numbers
 * must be JSON integers inside the question's scale: {@code 9.5}, {@code "10 "} and {@code 10.0} are refused, not
 * rounded or trimmed, so a score means exactly what the customer chose. Every problem is reported, each naming
 * its question code.
 */
public final class AnswerRules {

	public static final int MAX_TEXT = 4000;

	/** The five SERVQUAL dimensions in the order weights are given. */
	public static final List<String> DIMENSIONS = List.of("tangibles", "reliability", "responsiveness", "assurance",
			"empathy");

	public static final Set<String> KANO_ANSWERS = Set.of("LIKE", "EXPECT", "NEUTRAL", "TOLERATE", "DISLIKE");

	private AnswerRules() {
	}

	public record Checked(List<Answer> answers, List<AnswerProblem> problems) {

		public boolean valid() {
			return problems.isEmpty();
		}

	}

	public static Checked check(SurveyDefinition survey, Map<String, JsonNode> given) {
		List<Answer> answers = new ArrayList<>();
		List<AnswerProblem> problems = new ArrayList<>();
		for (String code : given.keySet()) {
			if (survey.question(code).isEmpty()) {
				problems.add(AnswerProblem.answer(code, "problem.answer.unknown-question", code));
			}
		}
		for (QuestionSpec question : survey.questions()) {
			JsonNode node = given.get(question.code());
			if (node == null || node.isNull() || node.isMissingNode() || blankText(node)) {
				if (question.mandatory()) {
					problems.add(AnswerProblem.answer(question.code(), "problem.answer.required", question.code()));
				}
				continue;
			}
			Object result = check(question, node);
			if (result instanceof Answer answer) {
				answers.add(answer);
			}
			else {
				problems.add((AnswerProblem) result);
			}
		}
		return new Checked(List.copyOf(answers), List.copyOf(problems));
	}

	private static boolean blankText(JsonNode node) {
		return node.isString() && node.asString().isBlank();
	}

	/** An {@link Answer} or the {@link AnswerProblem} that refuses it. */
	static Object check(QuestionSpec question, JsonNode node) {
		String code = question.code();
		return switch (question.type()) {
			case NPS -> nps(question, node);
			case CSAT -> scale(question, node, 1, 5, "problem.answer.csat");
			case CES -> scale(question, node, 1, 7, "problem.answer.ces");
			case MOT -> scale(question, node, -3, 3, "problem.answer.mot");
			case YES_NO -> node.isBoolean() ? Answer.scored(question, node.booleanValue() ? 1 : 0, null)
					: AnswerProblem.answer(code, "problem.answer.yes-no", code);
			case SINGLE -> node.isString() && question.hasOption(node.asString()) ? Answer.chosen(question, node.asString())
					: AnswerProblem.answer(code, "problem.answer.option", code);
			case MULTI -> multi(question, node);
			case TEXT -> node.isString() && node.asString().length() <= MAX_TEXT
					? Answer.written(question, node.asString().strip())
					: AnswerProblem.answer(code, "problem.answer.text", code, MAX_TEXT);
			case SERVQUAL -> servqual(question, node);
			case SERVQUAL_WEIGHTS -> weights(question, node);
			case KANO -> kano(question, node);
		};
	}

	private static Object nps(QuestionSpec question, JsonNode node) {
		JsonNode score = node;
		String why = null;
		if (node.isObject()) {
			Set<String> names = names(node);
			if (!Set.of("score", "why").containsAll(names) || !names.contains("score")) {
				return AnswerProblem.answer(question.code(), "problem.answer.nps", question.code());
			}
			score = node.get("score");
			JsonNode whyNode = node.get("why");
			if (whyNode != null && !whyNode.isNull()) {
				if (!whyNode.isString() || whyNode.asString().length() > MAX_TEXT) {
					return AnswerProblem.answer(question.code(), "problem.answer.text", question.code(), MAX_TEXT);
				}
				why = whyNode.asString().strip();
				why = why.isEmpty() ? null : why;
			}
		}
		Integer value = integer(score, 0, 10);
		return value == null ? AnswerProblem.answer(question.code(), "problem.answer.nps", question.code())
				: Answer.scored(question, value, why);
	}

	private static Object scale(QuestionSpec question, JsonNode node, int min, int max, String key) {
		Integer value = integer(node, min, max);
		return value == null ? AnswerProblem.answer(question.code(), key, question.code(), min, max)
				: Answer.scored(question, value, null);
	}

	private static Object multi(QuestionSpec question, JsonNode node) {
		if (!node.isArray() || node.isEmpty()) {
			return AnswerProblem.answer(question.code(), "problem.answer.option", question.code());
		}
		Set<String> chosen = new LinkedHashSet<>();
		for (JsonNode element : node) {
			if (!element.isString() || !question.hasOption(element.asString()) || !chosen.add(element.asString())) {
				return AnswerProblem.answer(question.code(), "problem.answer.option", question.code());
			}
		}
		return Answer.chosen(question, String.join(",", chosen));
	}

	private static Object servqual(QuestionSpec question, JsonNode node) {
		Set<String> expected = question.zone() ? Set.of("desired", "adequate", "perception")
				: Set.of("expectation", "perception");
		String key = question.zone() ? "problem.answer.servqual-zone" : "problem.answer.servqual";
		if (!node.isObject() || !names(node).equals(expected)) {
			return AnswerProblem.answer(question.code(), key, question.code());
		}
		Integer perception = integer(node.get("perception"), 1, 7);
		if (question.zone()) {
			Integer desired = integer(node.get("desired"), 1, 7);
			Integer adequate = integer(node.get("adequate"), 1, 7);
			if (perception == null || desired == null || adequate == null) {
				return AnswerProblem.answer(question.code(), key, question.code());
			}
			return Answer.servqual(question, null, desired, adequate, perception);
		}
		Integer expectation = integer(node.get("expectation"), 1, 7);
		if (perception == null || expectation == null) {
			return AnswerProblem.answer(question.code(), key, question.code());
		}
		return Answer.servqual(question, expectation, null, null, perception);
	}

	private static Object weights(QuestionSpec question, JsonNode node) {
		if (!node.isObject() || !names(node).equals(Set.copyOf(DIMENSIONS))) {
			return AnswerProblem.answer(question.code(), "problem.answer.weights", question.code());
		}
		int[] weights = new int[DIMENSIONS.size()];
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			Integer weight = integer(node.get(DIMENSIONS.get(i)), 0, 100);
			if (weight == null) {
				return AnswerProblem.answer(question.code(), "problem.answer.weights", question.code());
			}
			weights[i] = weight;
			sum += weight;
		}
		return sum == 100 ? Answer.weighted(question, weights)
				: AnswerProblem.answer(question.code(), "problem.answer.weights", question.code());
	}

	private static Object kano(QuestionSpec question, JsonNode node) {
		if (!node.isObject() || !names(node).equals(Set.of("functional", "dysfunctional"))) {
			return AnswerProblem.answer(question.code(), "problem.answer.kano", question.code());
		}
		JsonNode functional = node.get("functional");
		JsonNode dysfunctional = node.get("dysfunctional");
		if (!functional.isString() || !KANO_ANSWERS.contains(functional.asString()) || !dysfunctional.isString()
				|| !KANO_ANSWERS.contains(dysfunctional.asString())) {
			return AnswerProblem.answer(question.code(), "problem.answer.kano", question.code());
		}
		return Answer.kano(question, functional.asString(), dysfunctional.asString());
	}

	/** The node's value when it is a JSON integer within bounds; null for anything else (text, fractions …). */
	static Integer integer(JsonNode node, int min, int max) {
		if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
			return null;
		}
		int value = node.intValue();
		return value < min || value > max ? null : value;
	}

	private static Set<String> names(JsonNode node) {
		Set<String> names = new LinkedHashSet<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

}
