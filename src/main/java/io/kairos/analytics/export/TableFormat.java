package io.kairos.analytics.export;

import java.util.Locale;
import java.util.Optional;

/** The file formats a dashboard table is exported in. */
public enum TableFormat {

	CSV("text/csv;charset=UTF-8", "csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String contentType;

	private final String extension;

	TableFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	public static Optional<TableFormat> parse(String text) {
		for (TableFormat format : values()) {
			if (format.extension.equals(text == null ? null : text.toLowerCase(Locale.ROOT))) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
