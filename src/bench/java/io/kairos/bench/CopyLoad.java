package io.kairos.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rows streamed into one table with PostgreSQL's COPY (text format), sent in chunks so memory stays flat
 * whatever the row count.
 */
final class CopyLoad implements AutoCloseable {

	private static final int CHUNK_CHARS = 8 << 20;

	private final CopyManager copy;

	private final String sql;

	private final StringBuilder buffer = new StringBuilder(CHUNK_CHARS + 65_536);

	private long rows;

	private boolean linked;

	CopyLoad(Connection connection, String table, String columns) {
		try {
			this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		this.sql = "copy " + table + " (" + columns + ") from stdin";
	}

	void row(Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				buffer.append('\t');
			}
			append(values[i]);
		}
		buffer.append('\n');
		rows++;
		if (!linked && buffer.length() >= CHUNK_CHARS) {
			flush();
		}
	}

	/**
	 * For rows that refer to another load's rows: the caller flushes the loads in their order of reference when
	 * any of them is {@link #full()}, so a foreign key never points ahead of what was sent.
	 */
	CopyLoad linked() {
		this.linked = true;
		return this;
	}

	boolean full() {
		return buffer.length() >= CHUNK_CHARS;
	}

	long rows() {
		return rows;
	}

	private void append(Object value) {
		if (value == null) {
			buffer.append("\\N");
			return;
		}
		if (value instanceof Instant || value instanceof LocalDate || value instanceof Number
				|| value instanceof Boolean) {
			buffer.append(value);
			return;
		}
		String text = value.toString();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> buffer.append("\\\\");
				case '\t' -> buffer.append("\\t");
				case '\n' -> buffer.append("\\n");
				case '\r' -> buffer.append("\\r");
				default -> buffer.append(c);
			}
		}
	}

	void flush() {
		if (buffer.isEmpty()) {
			return;
		}
		try {
			copy.copyIn(sql, new StringReader(buffer.toString()));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		buffer.setLength(0);
	}

	@Override
	public void close() {
		flush();
	}

}
