package io.kairos.identity.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling. After {@code maxFailures} failures within {@code window}, an account waits
 * {@code baseDelay}, doubling with each further failure up to {@code maxDelay}: guessing becomes slow,
 * and nobody can lock an account (an admin's) out for good.
 */
@ConfigurationProperties("kairos.login")
record LoginSettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
		@DefaultValue("30s") Duration baseDelay, @DefaultValue("15m") Duration maxDelay,
		@DefaultValue("50") int maxFailuresPerAddress) {
}
