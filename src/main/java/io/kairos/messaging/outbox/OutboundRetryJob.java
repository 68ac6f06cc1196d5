package io.kairos.messaging.outbox;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries failed messages ({@code kairos.messaging.retry-cron}, every 30 seconds by default; "-" switches it off).
 * ShedLock lets one node run it; the row lock in {@link Delivery} keeps a message from going out twice even so.
 */
@Component
class OutboundRetryJob {

	private static final Logger log = LoggerFactory.getLogger(OutboundRetryJob.class);

	private final OutboundRetries retries;

	OutboundRetryJob(OutboundRetries retries) {
		this.retries = retries;
	}

	@Scheduled(cron = "${kairos.messaging.retry-cron:*/30 * * * * *}")
	@SchedulerLock(name = "outbound-retry", lockAtMostFor = "PT10M")
	void retryDue() {
		int attempted = retries.runDue();
		if (attempted > 0) {
			log.info("Retried {} outbound messages", attempted);
		}
	}

}
