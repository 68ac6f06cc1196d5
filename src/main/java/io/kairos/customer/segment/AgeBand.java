package io.kairos.customer.segment;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Age bands of SPEC §1.2, by completed years on a given day: teen 少年 under 18, youth 青年 18–29, prime 壮年
 * 30–44, middle-aged 中年 45–59, senior 老年 60 and over. A customer born on 29 February completes a year on
 * 1 March in common years, as {@link java.time.Period#between} counts it.
 */
public enum AgeBand {

	TEEN(0, 17), YOUTH(18, 29), PRIME(30, 44), MIDDLE(45, 59), SENIOR(60, null);

	private final int minAge;

	private final Integer maxAge;

	AgeBand(int minAge, Integer maxAge) {
		this.minAge = minAge;
		this.maxAge = maxAge;
	}

	/** The band of someone born on {@code birthday}, on {@code today}. */
	public static AgeBand of(LocalDate birthday, LocalDate today) {
		for (AgeBand band : values()) {
			if (band.born(today).contains(birthday)) {
				return band;
			}
		}
		throw new IllegalArgumentException("Born after today");
	}

	/** The birthdays of people in this band on {@code today}: after {@code after} (if any), up to {@code until}. */
	public Births born(LocalDate today) {
		return new Births(maxAge == null ? null : today.minusYears(maxAge + 1L), today.minusYears(minAge));
	}

	public String messageKey() {
		return "segment.age-band." + name().toLowerCase(Locale.ROOT);
	}

	/** A range of birthdays: strictly after {@code after} (open when null), on or before {@code until}. */
	public record Births(LocalDate after, LocalDate until) {

		boolean contains(LocalDate birthday) {
			return (after == null || birthday.isAfter(after)) && !birthday.isAfter(until);
		}

	}

}
