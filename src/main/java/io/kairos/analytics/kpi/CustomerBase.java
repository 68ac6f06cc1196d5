package io.kairos.analytics.kpi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.kairos.customer.CustomerCounts;

/**
 * The customer base per tier for complaint rates, counted at most once every {@link #TIME_TO_LIVE}: counting a
 * million customers on every KPI request would cost more than the roll-ups, and the base moves slowly.
 */
@Component
public class CustomerBase {

	static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

	private final CustomerCounts counts;

	private final Clock clock;

	private volatile Cached cached;

	CustomerBase(CustomerCounts counts, Clock clock) {
		this.counts = counts;
		this.clock = clock;
	}

	/** Customers of one tier, or all customers when {@code tier} is null. */
	public long customers(String tier) {
		Map<String, Long> byTier = byTier();
		if (tier == null) {
			return byTier.values().stream().mapToLong(Long::longValue).sum();
		}
		return byTier.getOrDefault(tier, 0L);
	}

	private Map<String, Long> byTier() {
		Instant now = clock.instant();
		Cached current = cached;
		if (current == null || now.isAfter(current.at().plus(TIME_TO_LIVE))) {
			current = new Cached(Map.copyOf(counts.byTier()), now);
			cached = current;
		}
		return current.byTier();
	}

	private record Cached(Map<String, Long> byTier, Instant at) {
	}

}
