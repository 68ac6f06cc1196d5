package io.kairos.web;

import java.util.List;
import java.util.Locale;

/** The languages Kairos speaks, first the default. */
public final class Languages {

	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

	public static final String COOKIE = "kairos-lang";

	private Languages() {
	}

	/** The supported locale closest to the given one, or null when neither language matches. */
	public static Locale match(Locale requested) {
		if (requested == null) {
			return null;
		}
		return switch (requested.getLanguage()) {
			case "zh" -> CHINESE;
			case "en" -> ENGLISH;
			default -> null;
		};
	}

	/** The tag users and the API see: {@code zh-CN} or {@code en}. */
	public static String tag(Locale locale) {
		return CHINESE.equals(match(locale)) ? "zh-CN" : "en";
	}

}
