package io.kairos.voc.survey;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.kairos.shared.api.ProblemException;
import io.kairos.voc.QuestionType;

/** What a survey definition must satisfy before it is stored; each refusal names the field at fault. */
final class SurveySpecRules {

	static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]{0,39}");

	static final int MAX_QUESTIONS = 100;

	static final int MAX_TEXT = 1000;

	private SurveySpecRules() {
	}

	static void check(SurveySpec spec) {
		if (spec.name() == null || spec.name().isBlank() || spec.name().strip().length() > 200) {
			throw ProblemException.invalid("name", "problem.survey.name");
		}
		if (spec.kind() == null) {
			throw ProblemException.invalid("kind", "problem.survey.kind");
		}
		List<QuestionSpec> questions = spec.questions();
		if (questions == null || questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
			throw ProblemException.invalid("questions", "problem.survey.questions", MAX_QUESTIONS);
		}
		Set<String> codes = new HashSet<>();
		Set<Integer> items = new HashSet<>();
		for (int i = 0; i < questions.size(); i++) {
			QuestionSpec question = questions.get(i);
			String at = "questions[" + i + "]";
			if (question == null) {
				throw ProblemException.invalid(at, "problem.survey.question.missing");
			}
			if (question.code() == null || !CODE.matcher(question.code()).matches()) {
				throw ProblemException.invalid(at + ".code", "problem.survey.question.code");
			}
			if (!codes.add(question.code())) {
				throw ProblemException.invalid(at + ".code", "problem.survey.question.duplicate", question.code());
			}
			if (question.type() == null) {
				throw ProblemException.invalid(at + ".type", "problem.survey.question.type");
			}
			text(question.text(), at + ".text", true);
			text(question.whyText(), at + ".whyText", false);
			checkType(question, at, items);
		}
	}

	private static void checkType(QuestionSpec question, String at, Set<Integer> items) {
		QuestionType type = question.type();
		boolean choice = type == QuestionType.SINGLE || type == QuestionType.MULTI;
		if (choice) {
			List<OptionSpec> options = question.choices();
			if (options.size() < 2 || options.size() > 50) {
				throw ProblemException.invalid(at + ".options", "problem.survey.question.options");
			}
			Set<String> codes = new HashSet<>();
			for (int o = 0; o < options.size(); o++) {
				OptionSpec option = options.get(o);
				if (option == null || option.code() == null || !CODE.matcher(option.code()).matches()
						|| !codes.add(option.code())) {
					throw ProblemException.invalid(at + ".options[" + o + "].code", "problem.survey.option.code");
				}
				text(option.text(), at + ".options[" + o + "].text", true);
			}
		}
		else if (question.options() != null && !question.options().isEmpty()) {
			throw ProblemException.invalid(at + ".options", "problem.survey.question.no-options");
		}
		if (type == QuestionType.SERVQUAL) {
			Integer item = question.servqualItem();
			if (item == null || item < 1 || item > 22) {
				throw ProblemException.invalid(at + ".servqualItem", "problem.survey.question.servqual-item");
			}
			if (!items.add(item)) {
				throw ProblemException.invalid(at + ".servqualItem", "problem.survey.question.servqual-twice", item);
			}
		}
		else if (question.servqualItem() != null || question.zoneOfTolerance() != null) {
			throw ProblemException.invalid(at + ".servqualItem", "problem.survey.question.not-servqual");
		}
		if (type == QuestionType.KANO) {
			if (question.kanoFeature() == null || question.kanoFeature().isBlank()
					|| question.kanoFeature().length() > 200) {
				throw ProblemException.invalid(at + ".kanoFeature", "problem.survey.question.kano-feature");
			}
			text(question.dysfunctionalText(), at + ".dysfunctionalText", true);
		}
		else if (question.kanoFeature() != null || question.dysfunctionalText() != null) {
			throw ProblemException.invalid(at + ".kanoFeature", "problem.survey.question.not-kano");
		}
		if (question.touchpointId() != null && (type != QuestionType.MOT || question.touchpointId() <= 0)) {
			throw ProblemException.invalid(at + ".touchpointId", "problem.survey.question.touchpoint");
		}
		if (question.whyText() != null && type != QuestionType.NPS) {
			throw ProblemException.invalid(at + ".whyText", "problem.survey.question.why");
		}
	}

	private static void text(LocalizedText text, String field, boolean required) {
		if (text == null) {
			if (required) {
				throw ProblemException.invalid(field, "problem.survey.text");
			}
			return;
		}
		if (!text.complete()) {
			throw ProblemException.invalid(field, "problem.survey.text");
		}
		if (text.zhCn().length() > MAX_TEXT || text.en().length() > MAX_TEXT) {
			throw ProblemException.invalid(field, "problem.survey.text-length", MAX_TEXT);
		}
	}

}
