package io.kairos.customer.tier;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly tier evaluation ({@code kairos.tiers.evaluation-cron}, in {@code kairos.default-time-zone}). ShedLock
 * lets one node run it; the evaluation's own row lock makes a manual run at the same moment wait its turn.
 */
@Component
class TierEvaluationJob {

	private static final Logger log = LoggerFactory.getLogger(TierEvaluationJob.class);

	private final TierEvaluations evaluations;

	TierEvaluationJob(TierEvaluations evaluations) {
		this.evaluations = evaluations;
	}

	@Scheduled(cron = "${kairos.tiers.evaluation-cron:0 30 2 * * *}", zone = "${kairos.default-time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "tier-evaluation", lockAtMostFor = "PT30M")
	void nightly() {
		EvaluationResult result = evaluations.run("system");
		log.info("Tier evaluation {}: {} customers, {} moved", result.evaluation(), result.evaluated(), result.changed());
	}

}
