package io.kairos.voc.response;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.kairos.voc.QuestionType;
import io.kairos.voc.survey.AnswerProblem;
import io.kairos.voc.survey.AnswerRules;
import io.kairos.voc.survey.QuestionSpec;
import io.kairos.voc.survey.SurveyDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a CSV of responses (UTF-8, header row) into import rows. Context columns: customerId, ticketId,
 * touchpointId, teamId, agentId, channel, tier, segment, respondedAt (ISO instant). One column per simple
 * answer, named by question code; compound answers use {@code code.part} columns (NPS {@code code.why};
 * SERVQUAL {@code code.expectation}, {@code code.perception} or {@code code.desired}, {@code code.adequate};
 * weights {@code code.tangibles} …; Kano {@code code.functional}, {@code code.dysfunctional}); MULTI answers are
 * option codes separated by ";". Cells are passed on as typed as they look, so the answer rules judge them
 * exactly as in the JSON import.
 */
final class CsvResponses {

	static final Set<String> CONTEXT = Set.of("customerId", "ticketId", "touchpointId", "teamId", "agentId", "channel",
			"tier", "segment", "respondedAt");

	private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	record Parsed(List<ResponseInput> rows, Map<Integer, List<AnswerProblem>> problems) {
	}

	private CsvResponses() {
	}

	/** The header a survey version's CSV uses. */
	static List<String> header(SurveyDefinition survey) {
		List<String> columns = new ArrayList<>(List.of("customerId", "ticketId", "touchpointId", "teamId", "agentId",
				"channel", "tier", "segment", "respondedAt"));
		for (QuestionSpec question : survey.questions()) {
			String code = question.code();
			switch (question.type()) {
				case NPS -> columns.addAll(List.of(code, code + ".why"));
				case SERVQUAL -> columns.addAll(question.zone()
						? List.of(code + ".desired", code + ".adequate", code + ".perception")
						: List.of(code + ".expectation", code + ".perception"));
				case SERVQUAL_WEIGHTS -> AnswerRules.DIMENSIONS.forEach(dimension -> columns.add(code + "." + dimension));
				case KANO -> columns.addAll(List.of(code + ".functional", code + ".dysfunctional"));
				default -> columns.add(code);
			}
		}
		return columns;
	}

	static Parsed parse(Reader reader, SurveyDefinition survey) throws IOException {
		List<ResponseInput> rows = new ArrayList<>();
		Map<Integer, List<AnswerProblem>> problems = new LinkedHashMap<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(false).get();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			List<String> header = parser.getHeaderNames().stream().map(CsvResponses::stripBom).toList();
			for (CSVRecord record : parser) {
				int row = rows.size() + 1;
				List<AnswerProblem> rowProblems = new ArrayList<>();
				Map<String, String> cells = new LinkedHashMap<>();
				for (int i = 0; i < header.size() && i < record.size(); i++) {
					cells.put(header.get(i), record.get(i));
				}
				rows.add(row(cells, survey, rowProblems));
				if (!rowProblems.isEmpty()) {
					problems.put(row, rowProblems);
				}
			}
		}
		return new Parsed(rows, problems);
	}

	private static ResponseInput row(Map<String, String> cells, SurveyDefinition survey, List<AnswerProblem> problems) {
		Map<String, JsonNode> answers = new LinkedHashMap<>();
		Map<String, ObjectNode> compound = new LinkedHashMap<>();
		cells.forEach((column, value) -> {
			if (CONTEXT.contains(column) || value == null || value.isEmpty()) {
				return;
			}
			int dot = column.indexOf('.');
			if (dot > 0) {
				compound.computeIfAbsent(column.substring(0, dot), code -> NODES.objectNode())
					.set(column.substring(dot + 1), cell(value, false));
				return;
			}
			QuestionType type = survey.question(column).map(QuestionSpec::type).orElse(null);
			answers.put(column, switch (type == null ? QuestionType.TEXT : type) {
				case MULTI -> {
					var array = NODES.arrayNode();
					for (String code : value.split(";")) {
						array.add(code.strip());
					}
					yield array;
				}
				case TEXT, SINGLE -> NODES.stringNode(value);
				case YES_NO -> yesNo(value);
				default -> cell(value, false);
			});
		});
		compound.forEach((code, parts) -> {
			QuestionType type = survey.question(code).map(QuestionSpec::type).orElse(null);
			if (type == QuestionType.NPS) {
				JsonNode why = parts.get("why");
				if (why != null) {
					parts.set("why", NODES.stringNode(why.isString() ? why.asString() : why.toString()));
				}
				if (answers.containsKey(code)) {
					parts.set("score", answers.get(code));
				}
				answers.put(code, parts.has("score") ? parts : answers.get(code));
			}
			else if (type == QuestionType.KANO) {
				answers.put(code, parts);
			}
			else {
				answers.put(code, parts);
			}
		});
		return new ResponseInput(null, number(cells, "customerId", problems), number(cells, "ticketId", problems),
				number(cells, "touchpointId", problems), number(cells, "teamId", problems),
				number(cells, "agentId", problems), text(cells, "channel"), text(cells, "tier"), text(cells, "segment"),
				instant(cells, problems), answers);
	}

	/** An integer cell as a JSON integer; anything else as text, which the rules refuse for a score. */
	private static JsonNode cell(String value, boolean trim) {
		String v = trim ? value.strip() : value;
		return INTEGER.matcher(v).matches() ? NODES.numberNode(Integer.parseInt(v)) : NODES.stringNode(v);
	}

	private static JsonNode yesNo(String value) {
		return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "true", "yes", "1", "是" -> NODES.booleanNode(true);
			case "false", "no", "0", "否" -> NODES.booleanNode(false);
			default -> NODES.stringNode(value);
		};
	}

	private static Long number(Map<String, String> cells, String column, List<AnswerProblem> problems) {
		String value = cells.get(column);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException unreadable) {
			problems.add(new AnswerProblem(column, "problem.import.number"));
			return null;
		}
	}

	private static String text(Map<String, String> cells, String column) {
		String value = cells.get(column);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Instant instant(Map<String, String> cells, List<AnswerProblem> problems) {
		String value = cells.get("respondedAt");
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(value.strip());
		}
		catch (DateTimeParseException unreadable) {
			problems.add(new AnswerProblem("respondedAt", "problem.import.instant"));
			return null;
		}
	}

	private static String stripBom(String name) {
		return name.startsWith("\uFEFF") ? name.substring(1) : name;
	}

}
