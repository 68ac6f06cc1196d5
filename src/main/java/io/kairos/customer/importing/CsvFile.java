package io.kairos.customer.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpStatus;

import io.kairos.shared.api.ProblemException;

/**
 * An uploaded CSV file (RFC 4180, comma separated) read into rows keyed by field. The header is row 0, data rows
 * count from 1; empty lines are skipped. At most {@link #MAX_ROWS} data rows.
 */
record CsvFile(List<Row> rows) {

	static final int MAX_ROWS = 10_000;

	static CsvFile read(byte[] bytes, String charset, CsvColumns columns) {
		String text = CsvCharset.decode(bytes, charset);
		try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw ProblemException.invalid("file", "problem.import.empty");
			}
			Map<String, Integer> positions = columns.positions(records.next().toList());
			List<Row> rows = new ArrayList<>();
			while (records.hasNext()) {
				CSVRecord record = records.next();
				if (rows.size() == MAX_ROWS) {
					throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "problem.import.too-many-rows", "file",
							MAX_ROWS);
				}
				Map<String, String> values = new LinkedHashMap<>();
				positions.forEach((field, position) -> {
					String value = position < record.size() ? record.get(position).strip() : "";
					values.put(field, value.isEmpty() ? null : value);
				});
				rows.add(new Row(rows.size() + 1, values));
			}
			return new CsvFile(List.copyOf(rows));
		}
		catch (IOException | UncheckedIOException | IllegalStateException malformed) {
			throw ProblemException.invalid("file", "problem.import.malformed");
		}
	}

	/** One data row: its number (1 is the first row after the header) and its non-empty values by field. */
	record Row(int number, Map<String, String> values) {

		String get(String field) {
			return values.get(field);
		}

	}

}
