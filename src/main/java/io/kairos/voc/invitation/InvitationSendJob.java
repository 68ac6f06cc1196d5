package io.kairos.voc.invitation;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends invitations whose rule's delay has passed; one node at a time, one transaction per invitation. */
@Component
class InvitationSendJob {

	private static final Logger log = LoggerFactory.getLogger(InvitationSendJob.class);

	private static final int BATCH = 500;

	private final Invitations invitations;

	private final Clock clock;

	InvitationSendJob(Invitations invitations, Clock clock) {
		this.invitations = invitations;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${kairos.voc.invitation-scan-interval:PT1M}",
			initialDelayString = "${kairos.voc.invitation-scan-interval:PT1M}")
	@SchedulerLock(name = "survey-invitation-send", lockAtMostFor = "PT5M")
	void scan() {
		long sent = invitations.due(clock.instant(), BATCH).stream().filter(id -> invitations.send(id).isPresent()).count();
		if (sent > 0) {
			log.info("{} survey invitations sent", sent);
		}
	}

}
