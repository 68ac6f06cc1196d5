package io.kairos.shared.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** JDBC drivers agree on {@link OffsetDateTime} for {@code timestamp with time zone}; not all take Instant. */
public final class Timestamps {

	private Timestamps() {
	}

	public static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	public static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

}
