package io.kairos.desk.automation.script;

/** A script as an admin writes it; its step follows from its kind. */
public record ScriptCommand(ScriptKind kind, String titleZh, String titleEn, String textZh, String textEn,
		Integer position) {
}
