package io.kairos.voc.feedback;

import java.util.Locale;

/** A theme of feedback with its names in both languages; a retired category keeps its items. */
public record FeedbackCategory(long id, String code, String nameEn, String nameZh, boolean active, long version) {

	public String name(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
	}

}
