package io.kairos.desk.followup.promise;

/**
 * What was promised (SPEC §2.6): a callback, a delivery, a quality, time or added-value guarantee
 * (质量保证 / 时限保证 / 附加值保证), or anything else, named by a free label.
 */
public enum PromiseKind {
	CALLBACK, DELIVERY, QUALITY, TIME, ADDED_VALUE, OTHER
}
