package io.kairos.voc.survey;

import java.time.Instant;
import java.util.List;

import io.kairos.voc.SurveyKind;

/** One page of the survey list. */
public record SurveyPage(List<Item> items, int page, int size, long total) {

	public record Item(long id, String name, SurveyKind kind, int latestVersion, Integer publishedVersion,
			Instant createdAt) {
	}

}
