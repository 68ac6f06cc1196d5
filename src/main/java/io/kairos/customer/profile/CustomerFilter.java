package io.kairos.customer.profile;

import io.kairos.customer.LifecycleStage;

/**
 * What a customer list is narrowed to. {@code query} finds a customer by a fragment of the name, by the full
 * mobile number in any typed form, or by the full e-mail address; tier, stage and tag must match exactly;
 * {@code segment} (a segment id) keeps the segment's members only.
 */
public record CustomerFilter(String query, String tier, LifecycleStage stage, Long segment, String tag) {

	public static final CustomerFilter NONE = new CustomerFilter(null, null, null);

	public CustomerFilter(String query, String tier, LifecycleStage stage) {
		this(query, tier, stage, null, null);
	}

}
