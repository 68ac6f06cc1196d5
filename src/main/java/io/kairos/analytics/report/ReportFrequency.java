package io.kairos.analytics.report;

import java.util.Locale;

/** How often a scheduled report is sent. */
public enum ReportFrequency {

	DAILY, WEEKLY;

	public String messageKey() {
		return "analytics.report.frequency." + name().toLowerCase(Locale.ROOT);
	}

}
