package io.kairos.customer;

import java.util.Locale;

/** How to receive a customer: their personality type and the handling strategy shown to agents (SPEC §1.5). */
public record ReceptionStrategy(String code, String nameZh, String nameEn, String strategyZh, String strategyEn) {

	public String name(Locale locale) {
		return chinese(locale) ? nameZh : nameEn;
	}

	public String strategy(Locale locale) {
		return chinese(locale) ? strategyZh : strategyEn;
	}

	private static boolean chinese(Locale locale) {
		return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
	}

}
