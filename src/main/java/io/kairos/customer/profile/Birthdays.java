package io.kairos.customer.profile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import io.kairos.shared.api.ProblemException;

/**
 * The birthday rule: written {@code yyyy-MM-dd}, a real calendar date (so 2000-02-29 but not 2025-02-30),
 * not before 1900-01-01 and not after today.
 */
final class Birthdays {

	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private Birthdays() {
	}

	/** The birthday written in {@code text}, or null when nothing is written; refuses anything else with 400. */
	static LocalDate parse(String field, String text, LocalDate today) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (!SHAPE.matcher(value).matches()) {
			throw ProblemException.invalid(field, "validation.birthday.format");
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value, STRICT);
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.invalid(field, "validation.birthday.no-such-date", value);
		}
		if (date.isBefore(EARLIEST)) {
			throw ProblemException.invalid(field, "validation.birthday.too-early", EARLIEST.toString());
		}
		if (date.isAfter(today)) {
			throw ProblemException.invalid(field, "validation.birthday.future");
		}
		return date;
	}

}
