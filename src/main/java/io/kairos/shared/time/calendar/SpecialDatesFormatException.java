package io.kairos.shared.time.calendar;

/** A special-dates file refused at one line, with the reason and the text at fault. */
public class SpecialDatesFormatException extends IllegalArgumentException {

	private final int line;

	private final Reason reason;

	private final String value;

	public SpecialDatesFormatException(int line, Reason reason, String value) {
		super("Line " + line + ": " + reason.description + (value.isEmpty() ? "" : " (" + value + ")"));
		this.line = line;
		this.reason = reason;
		this.value = value;
	}

	public int line() {
		return line;
	}

	public Reason reason() {
		return reason;
	}

	public String value() {
		return value;
	}

	public enum Reason {

		HEADER("expected the header " + SpecialDatesCsv.HEADER),
		COLUMNS("expected 4 columns: date, kind, name_zh, name_en"),
		DATE("not a date in the form yyyy-MM-dd"),
		KIND("kind must be HOLIDAY or WORKDAY"),
		DUPLICATE_DATE("the date is listed twice"),
		NAME("names are required, at most " + SpecialDatesCsv.MAX_NAME + " characters"),
		TOO_MANY("more than " + SpecialDatesCsv.MAX_DATES + " dates");

		private final String description;

		Reason(String description) {
			this.description = description;
		}

	}

}
