package io.kairos.desk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kairos.desk.SlaTarget;
import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketType;
import io.kairos.desk.sla.SlaSchedule.Deadline;
import io.kairos.desk.sla.SlaSchedule.Inputs;
import io.kairos.desk.sla.SlaSchedule.StatusMove;
import io.kairos.shared.time.calendar.BusinessCalendar;
import io.kairos.shared.time.calendar.Pause;
import io.kairos.shared.time.calendar.SlaClock;
import io.kairos.shared.time.calendar.WorkingInterval;

class SlaScheduleTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** Monday to Friday 09:00–12:00 and 13:00–18:00, no holidays. */
	static final SlaClock OFFICE = SlaClock.on(BusinessCalendar.of(SHANGHAI,
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
			List.of(WorkingInterval.parse("09:00-12:00"), WorkingInterval.parse("13:00-18:00")), List.of()));

	static final SlaPolicy STANDARD = policy(1, 5, null, null, null, null, 60, 120, 480);

	static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
	}

	static SlaPolicy policy(long id, int position, String tier, TicketType type, TicketPriority priority,
			TicketChannel channel, Integer first, Integer next, Integer resolution) {
		return new SlaPolicy(id, position, "p" + id, "p" + id, tier, type, priority, channel, first, next, resolution,
				null, null, null, Set.of(SlaAction.NOTIFY), 0, Instant.EPOCH);
	}

	@Test
	void theFirstMatchingPolicyInOrderWins() {
		SlaPolicy catchAll = policy(1, 9, null, null, null, null, 240, null, 2400);
		SlaPolicy goldComplaints = policy(2, 1, "GOLD", TicketType.COMPLAINT, null, null, 30, null, 480);
		SlaPolicy gold = policy(3, 2, "GOLD", null, null, null, 60, null, 960);
		SlaPolicy urgentWechat = policy(4, 0, null, null, TicketPriority.URGENT, TicketChannel.WECHAT, 10, null, 60);
		List<SlaPolicy> policies = List.of(catchAll, gold, urgentWechat, goldComplaints);

		assertThat(SlaSchedule.match(policies, "GOLD", TicketType.COMPLAINT, TicketPriority.NORMAL, TicketChannel.WEB))
			.contains(goldComplaints);
		assertThat(SlaSchedule.match(policies, "GOLD", TicketType.INQUIRY, TicketPriority.NORMAL, TicketChannel.WEB))
			.contains(gold);
		assertThat(SlaSchedule.match(policies, "GOLD", TicketType.COMPLAINT, TicketPriority.URGENT, TicketChannel.WECHAT))
			.as("position, not the order in the list, decides").contains(urgentWechat);
		assertThat(SlaSchedule.match(policies, "SILVER", TicketType.COMPLAINT, TicketPriority.URGENT, TicketChannel.WEB))
			.contains(catchAll);
		assertThat(SlaSchedule.match(policies, null, TicketType.INQUIRY, TicketPriority.LOW, TicketChannel.API))
			.as("a ticket without a tier matches only policies for any tier").contains(catchAll);
		assertThat(SlaSchedule.match(List.of(goldComplaints), "SILVER", TicketType.COMPLAINT, TicketPriority.LOW,
				TicketChannel.API)).isEmpty();
	}

	@Test
	void firstResponseAndResolutionCountBusinessTimeFromCreation() {
		Instant created = at("2026-03-06T17:30"); // a Friday, half an hour before closing
		Map<SlaTarget, Deadline> deadlines = SlaSchedule.deadlines(STANDARD, OFFICE, 0.75,
				new Inputs(created, null, null, List.of(), false));

		assertThat(deadlines.get(SlaTarget.FIRST_RESPONSE).due()).isEqualTo(at("2026-03-09T09:30"));
		assertThat(deadlines.get(SlaTarget.FIRST_RESPONSE).warnAt()).isEqualTo(at("2026-03-09T09:15"));
		assertThat(deadlines.get(SlaTarget.RESOLUTION).due()).isEqualTo(at("2026-03-09T17:30"));
		assertThat(deadlines.get(SlaTarget.RESOLUTION).warnAt()).isEqualTo(at("2026-03-09T15:30"));
		assertThat(deadlines).as("no customer message waits for a reply").doesNotContainKey(SlaTarget.NEXT_RESPONSE);
	}

	@Test
	void firstResponseStopsOnceGivenAndNextResponseRunsFromTheWaitingCustomerMessage() {
		Instant created = at("2026-03-09T09:00");
		Instant answered = at("2026-03-09T09:20");
		Map<SlaTarget, Deadline> answeredOnly = SlaSchedule.deadlines(STANDARD, OFFICE, 0.75,
				new Inputs(created, answered, null, List.of(), false));
		assertThat(answeredOnly).containsOnlyKeys(SlaTarget.RESOLUTION);

		Instant customerWrote = at("2026-03-09T11:00");
		Map<SlaTarget, Deadline> waiting = SlaSchedule.deadlines(STANDARD, OFFICE, 0.5,
				new Inputs(created, answered, customerWrote, List.of(), false));
		assertThat(waiting.get(SlaTarget.NEXT_RESPONSE).start()).isEqualTo(customerWrote);
		assertThat(waiting.get(SlaTarget.NEXT_RESPONSE).due()).as("lunch 12:00–13:00 does not count")
			.isEqualTo(at("2026-03-09T14:00"));
		assertThat(waiting.get(SlaTarget.NEXT_RESPONSE).warnAt()).isEqualTo(at("2026-03-09T12:00"));
	}

	@Test
	void aPolicyWithoutATargetHasNoDueTimeForIt() {
		SlaPolicy resolutionOnly = policy(1, 0, null, null, null, null, null, null, 480);
		Map<SlaTarget, Deadline> deadlines = SlaSchedule.deadlines(resolutionOnly, OFFICE, 0.75,
				new Inputs(at("2026-03-09T09:00"), at("2026-03-09T09:05"), at("2026-03-09T10:00"), List.of(), false));
		assertThat(deadlines).containsOnlyKeys(SlaTarget.RESOLUTION);
	}

	@Test
	void pausesComeFromStatusMovesAndPushResolutionButNotFirstResponse() {
		Instant created = at("2026-03-09T09:00");
		List<StatusMove> moves = List.of(
				new StatusMove(at("2026-03-09T10:00"), TicketStatus.NEW, TicketStatus.PENDING_CUSTOMER),
				new StatusMove(at("2026-03-09T11:00"), TicketStatus.PENDING_CUSTOMER, TicketStatus.ON_HOLD),
				new StatusMove(at("2026-03-09T14:00"), TicketStatus.ON_HOLD, TicketStatus.OPEN));
		List<Pause> pauses = SlaSchedule.pauses(moves, false, null, at("2026-03-09T15:00"));
		assertThat(pauses).as("one stop from pending to open, across the change between waiting statuses")
			.containsExactly(new Pause(at("2026-03-09T10:00"), at("2026-03-09T14:00")));

		Map<SlaTarget, Deadline> deadlines = SlaSchedule.deadlines(STANDARD, OFFICE, 0.75,
				new Inputs(created, null, null, pauses, false));
		// 10:00–14:00 holds 3 working hours: resolution moves from 18:00 to 3 working hours later.
		assertThat(deadlines.get(SlaTarget.RESOLUTION).due()).isEqualTo(at("2026-03-10T12:00"));
		assertThat(deadlines.get(SlaTarget.FIRST_RESPONSE).due()).as("first response does not pause")
			.isEqualTo(at("2026-03-09T10:00"));
	}

	@Test
	void whilePausedResolutionAndNextResponseHaveNoDueTime() {
		Instant now = at("2026-03-09T10:30");
		List<StatusMove> moves = List.of(new StatusMove(at("2026-03-09T09:30"), TicketStatus.OPEN, TicketStatus.ON_HOLD));
		List<Pause> pauses = SlaSchedule.pauses(moves, true, at("2026-03-09T09:30"), now);
		assertThat(pauses).containsExactly(Pause.open(at("2026-03-09T09:30")));

		Map<SlaTarget, Deadline> deadlines = SlaSchedule.deadlines(STANDARD, OFFICE, 0.75,
				new Inputs(at("2026-03-09T09:00"), null, at("2026-03-09T09:10"), pauses, true));
		assertThat(deadlines).containsOnlyKeys(SlaTarget.FIRST_RESPONSE);
	}

	@Test
	void aStopTheHistoryDoesNotShowYetIsTakenFromThePausedTimeOrClosedNow() {
		Instant now = at("2026-03-09T15:00");
		assertThat(SlaSchedule.pauses(List.of(), true, at("2026-03-09T14:00"), now))
			.as("the move into the pause is being made").containsExactly(Pause.open(at("2026-03-09T14:00")));
		List<StatusMove> intoPending = List.of(
				new StatusMove(at("2026-03-09T13:00"), TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER));
		assertThat(SlaSchedule.pauses(intoPending, false, null, now))
			.as("the move out of the pause is being made").containsExactly(new Pause(at("2026-03-09T13:00"), now));
	}

	@Test
	void timeSpentResolvedDoesNotCountWhenReopened() {
		List<StatusMove> moves = List.of(
				new StatusMove(at("2026-03-09T10:00"), TicketStatus.OPEN, TicketStatus.RESOLVED),
				new StatusMove(at("2026-03-10T10:00"), TicketStatus.RESOLVED, TicketStatus.OPEN));
		assertThat(SlaSchedule.pauses(moves, false, null, at("2026-03-10T11:00")))
			.containsExactly(new Pause(at("2026-03-09T10:00"), at("2026-03-10T10:00")));
	}

}
