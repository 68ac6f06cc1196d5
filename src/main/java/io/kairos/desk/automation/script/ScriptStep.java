package io.kairos.desk.automation.script;

/** The steps of a moment-of-truth interaction (SPEC §4.2): 探索 explore, 提议 propose, 行动 act, 确认 confirm. */
public enum ScriptStep {
	EXPLORE, PROPOSE, ACT, CONFIRM
}
