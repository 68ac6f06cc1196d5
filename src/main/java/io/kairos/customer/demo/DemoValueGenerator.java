package io.kairos.customer.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Value facts for demo customers, reproducible from a seed and the day they are generated for: purchases
 * between the customer's creation and {@code today}, more and larger for customers of higher demo tiers, an
 * occasional refund, and product holdings for about a third of the customers.
 */
class DemoValueGenerator {

	static final long DEFAULT_SEED = 20_240_602L;

	/** One generated fact; {@code index} is the customer's position in the generated list. */
	record Fact(int index, BigDecimal amount, LocalDate occurredOn, String kind) {
	}

	private final Random random;

	private final LocalDate today;

	private final ZoneId zone;

	DemoValueGenerator(long seed, LocalDate today, ZoneId zone) {
		this.random = new Random(seed);
		this.today = today;
		this.zone = zone;
	}

	List<Fact> facts(List<DemoCustomer> customers) {
		List<Fact> facts = new ArrayList<>();
		for (int i = 0; i < customers.size(); i++) {
			DemoCustomer customer = customers.get(i);
			LocalDate since = customer.createdAt().atZone(zone).toLocalDate();
			long days = Math.max(1, ChronoUnit.DAYS.between(since, today));
			int[] profile = profile(customer.tier());
			int purchases = profile[0] + random.nextInt(profile[1] + 1);
			for (int p = 0; p < purchases; p++) {
				LocalDate on = since.plusDays(random.nextLong(days));
				BigDecimal amount = BigDecimal.valueOf(profile[2] + random.nextInt(profile[3]) * 100L + random.nextInt(100), 0)
					.add(BigDecimal.valueOf(random.nextInt(100), 2));
				facts.add(new Fact(i, amount, on, "PURCHASE"));
				if (random.nextInt(100) < 4) {
					LocalDate refundOn = on.plusDays(random.nextInt(15));
					facts.add(new Fact(i, amount.divide(BigDecimal.valueOf(2 + random.nextInt(3)), 2, RoundingMode.HALF_UP)
						.negate(), refundOn.isAfter(today) ? today : refundOn, "REFUND"));
				}
			}
			if (random.nextInt(100) < 33) {
				facts.add(new Fact(i, BigDecimal.valueOf(profile[2] * 5L + random.nextInt(profile[3]) * 500L),
						since.plusDays(random.nextLong(days)), "HOLDING"));
			}
		}
		return facts;
	}

	/** Minimum and extra number of purchases, base amount and spread (in hundreds) of one purchase. */
	private static int[] profile(String tier) {
		return switch (tier) {
			case "DIAMOND" -> new int[] { 20, 30, 2000, 60 };
			case "GOLD" -> new int[] { 10, 20, 1000, 30 };
			case "SILVER" -> new int[] { 5, 12, 400, 12 };
			default -> new int[] { 0, 8, 50, 5 };
		};
	}

}
