package io.kairos.desk.sla;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the SLA scan every {@code kairos.sla.scan-interval}. The lock saves the other nodes the work; exactly
 * once is the claim in {@link SlaAlerts}, which holds even when two scans overlap.
 */
@Component
class SlaScanner {

	private static final Logger log = LoggerFactory.getLogger(SlaScanner.class);

	private final SlaAlerts alerts;

	SlaScanner(SlaAlerts alerts) {
		this.alerts = alerts;
	}

	@Scheduled(fixedDelayString = "${kairos.sla.scan-interval:PT30S}",
			initialDelayString = "${kairos.sla.scan-initial-delay:PT30S}")
	@SchedulerLock(name = "sla-scan", lockAtMostFor = "PT5M")
	void scan() {
		int raised = alerts.scan();
		if (raised > 0) {
			log.info("SLA scan raised {} warnings and breaches", raised);
		}
	}

}
