package io.kairos.voc.survey;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A text in the two languages Kairos speaks; shown in Chinese unless English is asked for. */
public record LocalizedText(@JsonProperty("zh-CN") String zhCn, @JsonProperty("en") String en) {

	public String in(Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		String text = english ? en : zhCn;
		return text == null || text.isBlank() ? (english ? zhCn : en) : text;
	}

	boolean complete() {
		return zhCn != null && !zhCn.isBlank() && en != null && !en.isBlank();
	}

	LocalizedText trimmed() {
		return new LocalizedText(zhCn == null ? null : zhCn.strip(), en == null ? null : en.strip());
	}

}
