package io.kairos.shared.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ETag and If-Match: a version the caller names is honoured, anything that is not one of our ETags matches nothing. */
class VersionsTests {

	@Test
	void theETagIsTheQuotedVersion() {
		assertThat(Versions.etag(0)).isEqualTo("\"0\"");
		assertThat(Versions.etag(17)).isEqualTo("\"17\"");
	}

	@Test
	void anETagReadBackNamesItsVersion() {
		for (long version : new long[] { 0, 1, 17, Long.MAX_VALUE }) {
			assertThat(Versions.expected(Versions.etag(version), 99)).isEqualTo(version);
		}
	}

	@Test
	void noIfMatchOrAStarMeansTheCurrentVersion() {
		assertThat(Versions.expected(null, 5)).isEqualTo(5);
		assertThat(Versions.expected("", 5)).isEqualTo(5);
		assertThat(Versions.expected("   ", 5)).isEqualTo(5);
		assertThat(Versions.expected("*", 5)).isEqualTo(5);
		assertThat(Versions.expected(" * ", 5)).isEqualTo(5);
	}

	@Test
	void weakAndPaddedETagsAreRead() {
		assertThat(Versions.expected("W/\"3\"", 5)).isEqualTo(3);
		assertThat(Versions.expected("  \"3\"  ", 5)).isEqualTo(3);
	}

	// L-03: an If-Match that is not one of our ETags must never fall back to "the current version"
	@Test
	void anythingElseMatchesNoVersion() {
		for (String ifMatch : new String[] { "3", "\"\"", "\"", "\"abc\"", "\"3", "3\"", "'3'", "\"3\", \"4\"",
				"\"99999999999999999999\"", "\"-\"", "W/", "W/3" }) {
			long expected = Versions.expected(ifMatch, 3);
			assertThat(expected).as(ifMatch).isNotEqualTo(3).isNegative();
		}
	}

}
