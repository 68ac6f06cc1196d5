package io.kairos.desk.followup.promise;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks promises past due as OVERDUE ({@code kairos.desk.followup-scan-interval}). ShedLock lets one node scan at a
 * time; each promise is claimed in its own transaction, so a crash half-way loses nothing and repeats nothing.
 */
@Component
class PromiseOverdueJob {

	private static final Logger log = LoggerFactory.getLogger(PromiseOverdueJob.class);

	private static final int BATCH = 500;

	private final Promises promises;

	private final Clock clock;

	PromiseOverdueJob(Promises promises, Clock clock) {
		this.promises = promises;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${kairos.desk.followup-scan-interval:PT1M}", initialDelayString = "${kairos.desk.followup-scan-interval:PT1M}")
	@SchedulerLock(name = "promise-overdue", lockAtMostFor = "PT5M")
	void scan() {
		Instant now = clock.instant();
		long marked = promises.pastDue(now, BATCH).stream().filter(id -> promises.markOverdue(id, now)).count();
		if (marked > 0) {
			log.info("{} promises overdue", marked);
		}
	}

}
