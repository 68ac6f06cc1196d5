package io.kairos.shared.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.ToLongFunction;

import io.kairos.shared.api.ProblemException;

/**
 * Keyset pagination over a descending numeric key: a page is "the next {@code size} rows after this key",
 * so page 5,000 costs the same as page 1. The cursor handed to callers is opaque.
 * @param after the key of the last row already seen, or {@code null} for the first page
 * @param size the number of rows wanted, capped by {@link #MAX_SIZE}
 */
public record Keyset(Long after, int size) {

	public static final int DEFAULT_SIZE = 25;

	public static final int MAX_SIZE = 100;

	/** Reads the query parameters {@code cursor} and {@code size}, refusing bad values with 400. */
	public static Keyset of(String cursor, Integer size) {
		int wanted = size == null ? DEFAULT_SIZE : size;
		if (wanted < 1 || wanted > MAX_SIZE) {
			throw ProblemException.invalid("size", "problem.paging.size", 1, MAX_SIZE);
		}
		return new Keyset(decode(cursor), wanted);
	}

	/** Rows to fetch: one more than the page, to learn whether another page follows. */
	public int fetchSize() {
		return size + 1;
	}

	/** Cuts the fetched rows to a page and makes the cursor for the next one. */
	public <T> Page<T> page(List<T> fetched, ToLongFunction<T> key) {
		if (fetched.size() <= size) {
			return new Page<>(fetched, null);
		}
		List<T> items = fetched.subList(0, size);
		return new Page<>(List.copyOf(items), encode(key.applyAsLong(items.get(items.size() - 1))));
	}

	private static Long decode(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalid("cursor", "problem.paging.cursor");
		}
	}

	static String encode(long key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(Long.toString(key).getBytes(StandardCharsets.US_ASCII));
	}

	/** One page of a keyset listing; {@code nextCursor} is null on the last page. */
	public record Page<T>(List<T> items, String nextCursor) {
	}

}
