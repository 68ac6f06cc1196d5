package io.kairos.customer.segment;

import java.util.List;

import org.springframework.stereotype.Component;

import io.kairos.customer.profile.SegmentFilters;
import io.kairos.shared.api.ProblemException;

/** Narrows customer lists to a segment's members by running the segment's rule through {@link SegmentSql}. */
@Component
class SegmentListFilters implements SegmentFilters {

	private final Segments segments;

	SegmentListFilters(Segments segments) {
		this.segments = segments;
	}

	@Override
	public List<Choice> choices() {
		return segments.list().stream().map(s -> new Choice(s.id(), s.nameEn(), s.nameZh())).toList();
	}

	@Override
	public Condition condition(long id) {
		SegmentSql.Where where = segments.where(id)
			.orElseThrow(() -> ProblemException.invalid("segment", "problem.customer.filter.segment"));
		return new Condition(where.sql(), where.params());
	}

}
