package io.kairos.voc.survey;

import java.util.List;

import io.kairos.voc.QuestionType;

/**
 * A question as the API and the designer write it. {@code required} null means true. Type-specific:
 * {@code options} (SINGLE, MULTI), {@code servqualItem} 1–22 and {@code zoneOfTolerance} (SERVQUAL),
 * {@code kanoFeature} and {@code dysfunctionalText} (KANO; {@code text} is the functional question),
 * {@code touchpointId} (MOT, optional), {@code whyText} (NPS, optional).
 */
public record QuestionSpec(String code, QuestionType type, Boolean required, LocalizedText text,
		List<OptionSpec> options, Integer servqualItem, Boolean zoneOfTolerance, String kanoFeature,
		LocalizedText dysfunctionalText, LocalizedText whyText, Long touchpointId) {

	public boolean mandatory() {
		return required == null || required;
	}

	public boolean zone() {
		return Boolean.TRUE.equals(zoneOfTolerance);
	}

	public List<OptionSpec> choices() {
		return options == null ? List.of() : options;
	}

	boolean hasOption(String optionCode) {
		return choices().stream().anyMatch(option -> option.code().equals(optionCode));
	}

}
