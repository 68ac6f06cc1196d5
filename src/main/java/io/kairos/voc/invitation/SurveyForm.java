package io.kairos.voc.invitation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.kairos.voc.SurveyCatalog.Question;
import io.kairos.voc.survey.AnswerRules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the fields of the public survey form into answers as the API takes them, keyed by question code. A
 * question left blank is not answered. A whole number becomes a number and anything else stays text, so the
 * survey's own validation (not this class) decides what is acceptable and names the answer at fault.
 * Field names: {@code q.<code>} for the answer, {@code q.<code>.<part>} for the parts of a pair
 * ({@code why}, {@code expectation}, {@code perception}, {@code desired}, {@code adequate}, {@code functional},
 * {@code dysfunctional}, and the five SERVQUAL dimensions for the weights).
 */
final class SurveyForm {

	private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private SurveyForm() {
	}

	static Map<String, JsonNode> answers(List<Question> questions, Map<String, List<String>> fields) {
		Map<String, JsonNode> answers = new LinkedHashMap<>();
		for (Question question : questions) {
			String name = "q." + question.code();
			JsonNode answer = switch (question.type()) {
				case NPS -> nps(one(fields, name), one(fields, name + ".why"));
				case CSAT, CES, MOT -> number(one(fields, name));
				case YES_NO -> yesNo(one(fields, name));
				case SINGLE -> text(one(fields, name));
				case TEXT -> text(one(fields, name));
				case MULTI -> multi(fields.get(name));
				case SERVQUAL -> parts(fields, name, question.zoneOfTolerance()
						? List.of("desired", "adequate", "perception") : List.of("expectation", "perception"), true);
				case SERVQUAL_WEIGHTS -> parts(fields, name, AnswerRules.DIMENSIONS, true);
				case KANO -> parts(fields, name, List.of("functional", "dysfunctional"), false);
			};
			if (answer != null) {
				answers.put(question.code(), answer);
			}
		}
		return answers;
	}

	private static JsonNode nps(String score, String why) {
		JsonNode value = number(score);
		if (value == null) {
			return null;
		}
		if (why == null) {
			return value;
		}
		ObjectNode node = NODES.objectNode();
		node.set("score", value);
		node.put("why", why);
		return node;
	}

	private static JsonNode number(String value) {
		if (value == null) {
			return null;
		}
		return WHOLE.matcher(value).matches() ? NODES.numberNode(Integer.parseInt(value)) : NODES.stringNode(value);
	}

	private static JsonNode yesNo(String value) {
		if (value == null) {
			return null;
		}
		return switch (value) {
			case "true" -> NODES.booleanNode(true);
			case "false" -> NODES.booleanNode(false);
			default -> NODES.stringNode(value);
		};
	}

	private static JsonNode text(String value) {
		return value == null ? null : NODES.stringNode(value);
	}

	private static JsonNode multi(List<String> values) {
		if (values == null) {
			return null;
		}
		ArrayNode array = NODES.arrayNode();
		values.stream().filter(value -> value != null && !value.isBlank()).forEach(array::add);
		return array.isEmpty() ? null : array;
	}

	private static JsonNode parts(Map<String, List<String>> fields, String name, List<String> parts, boolean numbers) {
		ObjectNode node = NODES.objectNode();
		for (String part : parts) {
			String value = one(fields, name + "." + part);
			if (value != null) {
				node.set(part, numbers ? number(value) : NODES.stringNode(value));
			}
		}
		return node.isEmpty() ? null : node;
	}

	/** The field's value, stripped; null when absent or blank. */
	private static String one(Map<String, List<String>> fields, String name) {
		List<String> values = fields.get(name);
		if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
			return null;
		}
		return values.get(0).strip();
	}

}
