package io.kairos.shared.paging;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import io.kairos.shared.api.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Keyset paging: sizes within bounds, opaque cursors that survive a round trip, bad ones refused with 400. */
class KeysetTests {

	@Test
	void noParametersMeanTheFirstPageOfTheDefaultSize() {
		Keyset keyset = Keyset.of(null, null);

		assertThat(keyset.after()).isNull();
		assertThat(keyset.size()).isEqualTo(Keyset.DEFAULT_SIZE);
		assertThat(keyset.fetchSize()).isEqualTo(Keyset.DEFAULT_SIZE + 1);
		assertThat(Keyset.of("", 10).after()).isNull();
		assertThat(Keyset.of("  ", 10).after()).isNull();
	}

	@Test
	void sizesFromOneToTheCapAreAccepted() {
		assertThat(Keyset.of(null, 1).size()).isEqualTo(1);
		assertThat(Keyset.of(null, Keyset.MAX_SIZE).size()).isEqualTo(Keyset.MAX_SIZE);
	}

	// L-06: a page size past the cap is refused, not served
	@Test
	void sizesOutsideTheBoundsAreRefusedNamingTheField() {
		for (int size : new int[] { 0, -1, Keyset.MAX_SIZE + 1, 1000, 100_000, Integer.MAX_VALUE, Integer.MIN_VALUE }) {
			assertThatExceptionOfType(ProblemException.class).as("size %d", size)
				.isThrownBy(() -> Keyset.of(null, size))
				.satisfies(problem -> {
					assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
					assertThat(problem.field()).isEqualTo("size");
					assertThat(problem.messageKey()).isEqualTo("problem.paging.size");
				});
		}
	}

	@Test
	void aCursorIsOpaqueAndRoundTrips() {
		for (long key : new long[] { 1, 42, 1_000_000_007L, Long.MAX_VALUE }) {
			String cursor = Keyset.encode(key);

			assertThat(cursor).doesNotContain(Long.toString(key)).doesNotContain("=").matches("[A-Za-z0-9_-]+");
			assertThat(Keyset.of(cursor, 10).after()).isEqualTo(key);
		}
	}

	@Test
	void badCursorsAreRefusedNamingTheField() {
		for (String cursor : List.of("!!!", "not a cursor", "YWJj", "%%%", "MTIz LTQ1", "OTk5OTk5OTk5OTk5OTk5OTk5OTk5")) {
			assertThatExceptionOfType(ProblemException.class).as(cursor)
				.isThrownBy(() -> Keyset.of(cursor, 10))
				.satisfies(problem -> {
					assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
					assertThat(problem.field()).isEqualTo("cursor");
				});
		}
	}

	@Test
	void aShortFetchIsTheLastPage() {
		Keyset keyset = new Keyset(null, 3);

		Keyset.Page<Long> page = keyset.page(List.of(9L, 8L, 7L), Long::longValue);

		assertThat(page.items()).containsExactly(9L, 8L, 7L);
		assertThat(page.nextCursor()).isNull();
		assertThat(keyset.page(List.<Long>of(), Long::longValue).nextCursor()).isNull();
	}

	@Test
	void aFullFetchGivesAPageAndTheCursorAfterItsLastRow() {
		Keyset keyset = new Keyset(null, 3);

		Keyset.Page<Long> page = keyset.page(List.of(9L, 8L, 7L, 6L), Long::longValue);

		assertThat(page.items()).containsExactly(9L, 8L, 7L);
		assertThat(page.nextCursor()).isNotNull();
		assertThat(Keyset.of(page.nextCursor(), 3).after()).isEqualTo(7L);
	}

	// L-06: walking the pages visits every row once, in order
	@Test
	void followingTheCursorsVisitsEveryRowOnce() {
		List<Long> rows = LongStream.rangeClosed(1, 23).map(i -> 24 - i).boxed().toList();
		List<Long> seen = new java.util.ArrayList<>();
		String cursor = null;
		do {
			Keyset keyset = Keyset.of(cursor, 5);
			List<Long> fetched = rows.stream()
				.filter(id -> keyset.after() == null || id < keyset.after())
				.limit(keyset.fetchSize())
				.toList();
			Keyset.Page<Long> page = keyset.page(fetched, Long::longValue);
			assertThat(page.items()).hasSizeLessThanOrEqualTo(5);
			seen.addAll(page.items());
			cursor = page.nextCursor();
		}
		while (cursor != null);

		assertThat(seen).isEqualTo(rows);
	}

}
