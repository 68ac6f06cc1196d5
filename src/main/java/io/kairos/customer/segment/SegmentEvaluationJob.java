package io.kairos.customer.segment;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-evaluates every segment once a day ({@code kairos.segments.evaluation-cron}, in the default time zone).
 * The lock keeps two nodes from running it at once; the one-row-per-day constraint keeps a second run from
 * counting twice.
 */
@Component
class SegmentEvaluationJob {

	private final Segments segments;

	SegmentEvaluationJob(Segments segments) {
		this.segments = segments;
	}

	@Scheduled(cron = "${kairos.segments.evaluation-cron:0 30 2 * * *}", zone = "${kairos.default-time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "segment-evaluation", lockAtMostFor = "PT30M")
	void evaluate() {
		segments.evaluateAll();
	}

}
