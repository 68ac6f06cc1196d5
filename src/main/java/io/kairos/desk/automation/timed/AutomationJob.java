package io.kairos.desk.automation.timed;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the time-based automations every hour ({@code kairos.desk.automation-cron}; "-" switches it off). ShedLock
 * lets one node run at a time; the claim table would stop a double action even without it.
 */
@Component
class AutomationJob {

	private static final Logger log = LoggerFactory.getLogger(AutomationJob.class);

	private final Automations automations;

	AutomationJob(Automations automations) {
		this.automations = automations;
	}

	@Scheduled(cron = "${kairos.desk.automation-cron:0 7 * * * *}", zone = "${kairos.default-time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "desk-automations", lockAtMostFor = "PT50M")
	void hourly() {
		int acted = automations.runAll();
		log.info("Desk automations acted on {} tickets", acted);
	}

}
