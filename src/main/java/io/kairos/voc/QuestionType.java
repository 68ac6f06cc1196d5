package io.kairos.voc;

/** The kinds of survey question (SPEC §5.1) and what each is answered with. */
public enum QuestionType {

	/** 0–10 integer, or {@code {score, why}}. */
	NPS,
	/** 1–5 integer. */
	CSAT,
	/** 1–7 integer (customer effort). */
	CES,
	/** true / false. */
	YES_NO,
	/** one option code. */
	SINGLE,
	/** an array of option codes. */
	MULTI,
	/** free text. */
	TEXT,
	/** −3..+3 integer on the MOT value scale (SPEC §4.3). */
	MOT,
	/** {@code {expectation, perception}} or {@code {desired, adequate, perception}}, each 1–7. */
	SERVQUAL,
	/** 100 points over tangibles, reliability, responsiveness, assurance, empathy. */
	SERVQUAL_WEIGHTS,
	/** {@code {functional, dysfunctional}}, each LIKE, EXPECT, NEUTRAL, TOLERATE or DISLIKE. */
	KANO

}
