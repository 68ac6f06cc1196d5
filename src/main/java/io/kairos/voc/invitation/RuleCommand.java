package io.kairos.voc.invitation;

/** A new or changed distribution rule, as a form or the API sends it; every field is checked by {@link DistributionRules}. */
public record RuleCommand(TriggerKind trigger, Integer samplingPercent, Integer delayMinutes, Integer expiryDays,
		Long segmentId, Boolean enabled) {
}
