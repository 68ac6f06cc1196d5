package io.kairos.voc.survey;

import java.util.ArrayList;
import java.util.List;

import org.springframework.util.MultiValueMap;

import io.kairos.voc.QuestionType;
import io.kairos.voc.SurveyKind;

/**
 * The survey designer's form: one row of plain fields per question (no JSON for the user). Options are one per
 * line as {@code code | 中文 | English}. Rows without code and text are left out (the blank rows the page offers).
 */
public record DesignerForm(String name, String kind, List<Row> rows) {

	public record Row(String code, String type, String required, String textZh, String textEn, String options,
			String servqualItem, String zone, String kanoFeature, String dysZh, String dysEn, String whyZh,
			String whyEn, String touchpointId) {

		public static Row blank() {
			return new Row("", "NPS", "true", "", "", "", "", "false", "", "", "", "", "", "");
		}

		boolean empty() {
			return isBlank(code) && isBlank(textZh) && isBlank(textEn);
		}

	}

	static final int BLANK_ROWS = 2;

	public static DesignerForm blank() {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < BLANK_ROWS + 1; i++) {
			rows.add(Row.blank());
		}
		return new DesignerForm("", SurveyKind.TRANSACTIONAL.name(), rows);
	}

	public static DesignerForm of(SurveyView survey) {
		List<Row> rows = new ArrayList<>();
		for (QuestionSpec q : survey.current().questions()) {
			StringBuilder options = new StringBuilder();
			for (OptionSpec option : q.choices()) {
				options.append(option.code()).append(" | ").append(option.text().zhCn()).append(" | ")
					.append(option.text().en()).append('\n');
			}
			rows.add(new Row(q.code(), q.type().name(), Boolean.toString(q.mandatory()), q.text().zhCn(), q.text().en(),
					options.toString(), q.servqualItem() == null ? "" : q.servqualItem().toString(),
					Boolean.toString(q.zone()), nullToEmpty(q.kanoFeature()),
					q.dysfunctionalText() == null ? "" : q.dysfunctionalText().zhCn(),
					q.dysfunctionalText() == null ? "" : q.dysfunctionalText().en(),
					q.whyText() == null ? "" : q.whyText().zhCn(), q.whyText() == null ? "" : q.whyText().en(),
					q.touchpointId() == null ? "" : q.touchpointId().toString()));
		}
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(Row.blank());
		}
		return new DesignerForm(survey.name(), survey.kind().name(), rows);
	}

	/** Reads the posted fields: each question field is posted once per row, in row order. */
	public static DesignerForm from(MultiValueMap<String, String> fields) {
		List<String> codes = list(fields, "code");
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			rows.add(new Row(codes.get(i), at(fields, "type", i), at(fields, "required", i), at(fields, "textZh", i),
					at(fields, "textEn", i), at(fields, "options", i), at(fields, "servqualItem", i),
					at(fields, "zone", i), at(fields, "kanoFeature", i), at(fields, "dysZh", i), at(fields, "dysEn", i),
					at(fields, "whyZh", i), at(fields, "whyEn", i), at(fields, "touchpointId", i)));
		}
		return new DesignerForm(fields.getFirst("name"), fields.getFirst("kind"), rows);
	}

	/**
	 * The survey the form describes. Unreadable numbers and unknown types become values the rules refuse with the
	 * field named (e.g. item 0), so the designer shows the same messages as the API.
	 */
	public SurveySpec toSpec() {
		List<QuestionSpec> questions = new ArrayList<>();
		for (Row row : rows) {
			if (row.empty()) {
				continue;
			}
			QuestionType type = enumOrNull(QuestionType.class, row.type());
			boolean choice = type == QuestionType.SINGLE || type == QuestionType.MULTI;
			questions.add(new QuestionSpec(trim(row.code()), type, !"false".equals(row.required()),
					new LocalizedText(trim(row.textZh()), trim(row.textEn())), choice ? options(row.options()) : null,
					type == QuestionType.SERVQUAL ? integer(row.servqualItem()) : null,
					type == QuestionType.SERVQUAL ? "true".equals(row.zone()) : null,
					type == QuestionType.KANO ? trim(row.kanoFeature()) : null,
					type == QuestionType.KANO ? new LocalizedText(trim(row.dysZh()), trim(row.dysEn())) : null,
					type == QuestionType.NPS && !(isBlank(row.whyZh()) && isBlank(row.whyEn()))
							? new LocalizedText(trim(row.whyZh()), trim(row.whyEn())) : null,
					type == QuestionType.MOT && !isBlank(row.touchpointId()) ? longOrZero(row.touchpointId()) : null));
		}
		return new SurveySpec(name, enumOrNull(SurveyKind.class, kind), questions);
	}

	/** The form with blank rows for new questions. */
	public DesignerForm withBlankRows() {
		List<Row> all = new ArrayList<>(rows.stream().filter(row -> !row.empty()).toList());
		for (int i = 0; i < BLANK_ROWS; i++) {
			all.add(Row.blank());
		}
		return new DesignerForm(name, kind, all);
	}

	static List<OptionSpec> options(String text) {
		List<OptionSpec> options = new ArrayList<>();
		if (text == null) {
			return options;
		}
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|", -1);
			options.add(new OptionSpec(parts[0].strip(), new LocalizedText(parts.length > 1 ? parts[1].strip() : null,
					parts.length > 2 ? parts[2].strip() : null)));
		}
		return options;
	}

	private static List<String> list(MultiValueMap<String, String> fields, String name) {
		List<String> values = fields.get(name);
		return values == null ? List.of() : values;
	}

	private static String at(MultiValueMap<String, String> fields, String name, int index) {
		List<String> values = list(fields, name);
		return index < values.size() ? values.get(index) : "";
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	private static Integer integer(String value) {
		try {
			return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException unreadable) {
			return 0;
		}
	}

	private static Long longOrZero(String value) {
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException unreadable) {
			return 0L;
		}
	}

	private static String trim(String value) {
		return value == null ? null : value.strip();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
