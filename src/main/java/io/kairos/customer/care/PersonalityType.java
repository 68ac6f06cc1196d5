package io.kairos.customer.care;

/** A personality type (SPEC §1.5) with the handling strategy shown to agents, in both languages. */
public record PersonalityType(String code, String nameEn, String nameZh, String strategyEn, String strategyZh,
		long version) {
}
