package io.kairos.voc.loop;

/**
 * A survey's follow-up settings.
 * @param includePassives whether passives (NPS 7–8) are followed up as well as detractors (0–6)
 * @param teamId the team that takes follow-ups of answers with no agent, or null
 * @param slaHours hours from the answer to the follow-up's due time
 */
public record FollowUpPolicy(long surveyId, boolean includePassives, Long teamId, int slaHours, long version) {

	/** Whether an answer with this NPS gets a follow-up. */
	boolean followsUp(Integer nps) {
		return nps != null && (nps <= 6 || (includePassives && nps <= 8));
	}

}
