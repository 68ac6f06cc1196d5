package io.kairos.desk;

/**
 * A business calendar was created or its hours or special dates changed, so due times computed on it may move.
 */
public record BusinessCalendarChanged(long calendarId, String code) {
}
