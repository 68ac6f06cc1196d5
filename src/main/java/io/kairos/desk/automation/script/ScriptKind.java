package io.kairos.desk.automation.script;

/**
 * What a script is for within its step (SPEC §2.5): the five question types of exploring needs (赞赏型, 重复型,
 * 澄清型, 挖掘需求型, 确认型), the proposal phrasings ("I will…", "I understand…", "could you…", polite refusals),
 * acting, and confirming.
 */
public enum ScriptKind {

	APPRECIATIVE(ScriptStep.EXPLORE), REPEATING(ScriptStep.EXPLORE), CLARIFYING(ScriptStep.EXPLORE),
	NEEDS_DIGGING(ScriptStep.EXPLORE), CONFIRMING(ScriptStep.EXPLORE),
	I_WILL(ScriptStep.PROPOSE), I_UNDERSTAND(ScriptStep.PROPOSE), COULD_YOU(ScriptStep.PROPOSE),
	POLITE_REFUSAL(ScriptStep.PROPOSE),
	ACTION(ScriptStep.ACT),
	CONFIRMATION(ScriptStep.CONFIRM);

	private final ScriptStep step;

	ScriptKind(ScriptStep step) {
		this.step = step;
	}

	public ScriptStep step() {
		return step;
	}

	/** One of the five question types for exploring needs. */
	public boolean isQuestionType() {
		return step == ScriptStep.EXPLORE;
	}

}
