package io.kairos.desk.followup.callback;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Marks callbacks DUE when their time comes; one node at a time (ShedLock), one transaction per callback. */
@Component
class CallbackDueJob {

	private static final Logger log = LoggerFactory.getLogger(CallbackDueJob.class);

	private static final int BATCH = 500;

	private final Callbacks callbacks;

	private final Clock clock;

	CallbackDueJob(Callbacks callbacks, Clock clock) {
		this.callbacks = callbacks;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${kairos.desk.followup-scan-interval:PT1M}", initialDelayString = "${kairos.desk.followup-scan-interval:PT1M}")
	@SchedulerLock(name = "callback-due", lockAtMostFor = "PT5M")
	void scan() {
		Instant now = clock.instant();
		long due = callbacks.fallingDue(now, BATCH).stream().filter(id -> callbacks.markDue(id, now)).count();
		if (due > 0) {
			log.info("{} callbacks due", due);
		}
	}

}
