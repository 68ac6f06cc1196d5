package io.kairos.analytics.report;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due scheduled reports ({@code kairos.analytics.report-cron}, every five minutes by default; "-" switches it
 * off). ShedLock lets one node run it at a time; the claimed period keeps a report from going out twice even so.
 */
@Component
class ScheduledReportJob {

	private static final Logger log = LoggerFactory.getLogger(ScheduledReportJob.class);

	private final ScheduledReports reports;

	ScheduledReportJob(ScheduledReports reports) {
		this.reports = reports;
	}

	@Scheduled(cron = "${kairos.analytics.report-cron:0 */5 * * * *}")
	@SchedulerLock(name = "scheduled-reports", lockAtMostFor = "PT10M")
	void sendDue() {
		int sent = reports.sendDue();
		if (sent > 0) {
			log.info("Queued {} scheduled reports", sent);
		}
	}

}
