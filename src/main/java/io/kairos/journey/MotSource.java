package io.kairos.journey;

/** Who judged a moment of truth (SPEC §4.3): the agent's self-assessment, a QA review or the customer's answer. */
public enum MotSource {
	AGENT_SELF, QA_REVIEW, CUSTOMER
}
