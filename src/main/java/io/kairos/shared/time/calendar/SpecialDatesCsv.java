package io.kairos.shared.time.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text format for holidays and make-up working days, one date a line, UTF-8:
 *
 * <pre>
 * # comment lines and blank lines are ignored
 * date,kind,name_zh,name_en
 * 2026-02-14,WORKDAY,春节调休上班,Spring Festival make-up working day
 * 2026-02-15,HOLIDAY,春节,Spring Festival
 * </pre>
 *
 * Dates are ISO ({@code yyyy-MM-dd}), kind is {@code HOLIDAY} or {@code WORKDAY}, both names are required and
 * hold no comma. The whole file is refused at the first bad line, naming it.
 */
public final class SpecialDatesCsv {

	public static final String HEADER = "date,kind,name_zh,name_en";

	public static final int MAX_DATES = 1000;

	public static final int MAX_NAME = 60;

	private SpecialDatesCsv() {
	}

	public static List<SpecialDate> read(InputStream in) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return read(reader);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	public static List<SpecialDate> parse(String text) {
		try {
			return read(new BufferedReader(new StringReader(text)));
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
	}

	private static List<SpecialDate> read(BufferedReader reader) throws IOException {
		List<SpecialDate> dates = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		boolean header = false;
		int number = 0;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			number++;
			if (number == 1 && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			String text = line.strip();
			if (text.isEmpty() || text.startsWith("#")) {
				continue;
			}
			if (!header) {
				if (!HEADER.equals(text.replace(" ", "").toLowerCase(Locale.ROOT))) {
					throw new SpecialDatesFormatException(number, SpecialDatesFormatException.Reason.HEADER, text);
				}
				header = true;
				continue;
			}
			SpecialDate date = row(number, text);
			if (!seen.add(date.date())) {
				throw new SpecialDatesFormatException(number, SpecialDatesFormatException.Reason.DUPLICATE_DATE,
						date.date().toString());
			}
			if (dates.size() == MAX_DATES) {
				throw new SpecialDatesFormatException(number, SpecialDatesFormatException.Reason.TOO_MANY,
						String.valueOf(MAX_DATES));
			}
			dates.add(date);
		}
		if (!header) {
			throw new SpecialDatesFormatException(Math.max(number, 1), SpecialDatesFormatException.Reason.HEADER, "");
		}
		return List.copyOf(dates);
	}

	private static SpecialDate row(int number, String text) {
		String[] cells = text.split(",", -1);
		if (cells.length != 4) {
			throw new SpecialDatesFormatException(number, SpecialDatesFormatException.Reason.COLUMNS,
					String.valueOf(cells.length));
		}
		LocalDate date;
		try {
			date = LocalDate.parse(cells[0].strip());
		}
		catch (DateTimeParseException notADate) {
			throw new SpecialDatesFormatException(number, SpecialDatesFormatException.Reason.DATE, cells[0].strip());
		}
		SpecialDate.Kind kind;
		try {
			kind = SpecialDate.Kind.valueOf(cells[1].strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new SpecialDatesFormatException(number, SpecialDatesFormatException.Reason.KIND, cells[1].strip());
		}
		return new SpecialDate(date, kind, name(number, cells[2]), name(number, cells[3]));
	}

	private static String name(int number, String cell) {
		String name = cell.strip();
		if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
			throw new SpecialDatesFormatException(number, SpecialDatesFormatException.Reason.NAME, name);
		}
		return name;
	}

}
