package io.kairos.voc.invitation;

/**
 * When and to whom a survey goes.
 * @param samplingPercent 0..100 of the triggering tickets or customers that are invited
 * @param delayMinutes how long after the trigger the invitation is sent
 * @param expiryDays how long the link stays open after it is sent
 * @param segmentId the customer segment of a {@link TriggerKind#SCHEDULED} rule, else null
 */
public record DistributionRule(long id, long surveyId, TriggerKind trigger, int samplingPercent, int delayMinutes,
		int expiryDays, Long segmentId, boolean enabled, long version) {
}
