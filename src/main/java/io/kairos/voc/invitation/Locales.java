package io.kairos.voc.invitation;

import java.util.Locale;
import java.util.Optional;

/** The two languages a survey speaks, matched from a tag such as {@code zh-CN}, {@code zh}, {@code en-GB}. */
final class Locales {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final Locale ENGLISH = Locale.ENGLISH;

	private Locales() {
	}

	static Optional<Locale> match(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		return switch (Locale.forLanguageTag(tag.strip()).getLanguage()) {
			case "zh" -> Optional.of(CHINESE);
			case "en" -> Optional.of(ENGLISH);
			default -> Optional.empty();
		};
	}

	static String tag(Locale locale) {
		return CHINESE.equals(locale) ? "zh-CN" : "en";
	}

}
