package io.kairos.desk.automation.script;

/** A script; {@code questionType} repeats the kind for exploring scripts and is null for the others. */
public record ScriptView(long id, ScriptStep step, ScriptKind kind, ScriptKind questionType, String titleZh,
		String titleEn, String textZh, String textEn, int position, long version) {

	public String title(String language) {
		return language != null && language.startsWith("zh") ? titleZh : titleEn;
	}

	public String text(String language) {
		return language != null && language.startsWith("zh") ? textZh : textEn;
	}

}
