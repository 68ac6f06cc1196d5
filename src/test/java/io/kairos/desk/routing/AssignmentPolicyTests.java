package io.kairos.desk.routing;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kairos.desk.routing.AssignmentPolicy.AccountManager;
import io.kairos.desk.routing.AssignmentPolicy.Agent;
import io.kairos.desk.routing.AssignmentPolicy.Decision;
import io.kairos.desk.routing.AssignmentPolicy.Needs;
import io.kairos.desk.routing.AssignmentPolicy.Reason;
import io.kairos.desk.routing.AssignmentPolicy.Situation;
import io.kairos.desk.team.AssignmentMode;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentPolicyTests {

	private static final long TEAM = 7;

	private static final Needs NOTHING = new Needs(null, false, List.of());

	@Test
	void roundRobinTakesTheNextEligibleMemberAfterTheLastOneAndWrapsAround() {
		List<Agent> members = List.of(agent(1), agent(2), agent(3));

		assertThat(route(AssignmentMode.ROUND_ROBIN, members, null, NOTHING).assigneeId()).isEqualTo(1);
		assertThat(route(AssignmentMode.ROUND_ROBIN, members, 1L, NOTHING).assigneeId()).isEqualTo(2);
		assertThat(route(AssignmentMode.ROUND_ROBIN, members, 3L, NOTHING).assigneeId()).isEqualTo(1);
		assertThat(route(AssignmentMode.ROUND_ROBIN, members, 2L, NOTHING).reason()).isEqualTo(Reason.ROUND_ROBIN);
		// The last one chosen has left the team: the next id after it still continues the rotation.
		assertThat(route(AssignmentMode.ROUND_ROBIN, List.of(agent(1), agent(5)), 3L, NOTHING).assigneeId()).isEqualTo(5);
	}

	@Test
	void roundRobinSkipsAgentsWhoAreAwayOfflineDisabledOrFull() {
		List<Agent> members = List.of(agent(1), away(2), new Agent(3, true, Availability.AVAILABLE, 10, 10, Set.of(),
				Set.of(), false, null), new Agent(4, false, Availability.AVAILABLE, 0, 10, Set.of(), Set.of(), false, null),
				new Agent(5, true, Availability.OFFLINE, 0, 10, Set.of(), Set.of(), false, null), agent(6));

		assertThat(route(AssignmentMode.ROUND_ROBIN, members, 1L, NOTHING).assigneeId()).isEqualTo(6);
		assertThat(route(AssignmentMode.ROUND_ROBIN, members, 6L, NOTHING).assigneeId()).isEqualTo(1);
	}

	@Test
	void leastLoadedTakesTheFewestActiveTicketsThenTheLongestIdleThenTheLowestId() {
		Instant earlier = Instant.parse("2026-11-24T08:00:00Z");
		Instant later = Instant.parse("2026-11-24T09:00:00Z");
		Agent busy = loaded(1, 5, earlier);
		Agent idleLonger = loaded(2, 2, earlier);
		Agent idleShorter = loaded(3, 2, later);

		assertThat(route(AssignmentMode.LEAST_LOADED, List.of(busy, idleShorter, idleLonger), null, NOTHING))
			.isEqualTo(new Decision(TEAM, 2L, Reason.LEAST_LOADED));
		assertThat(route(AssignmentMode.LEAST_LOADED, List.of(busy, idleShorter, loaded(4, 2, null)), null, NOTHING)
			.assigneeId()).as("never assigned counts as idle longest").isEqualTo(4);
		assertThat(route(AssignmentMode.LEAST_LOADED, List.of(loaded(9, 1, null), loaded(8, 1, null)), null, NOTHING)
			.assigneeId()).isEqualTo(8);
		assertThat(route(AssignmentMode.LEAST_LOADED, List.of(busy, new Agent(6, true, Availability.AVAILABLE, 0, 0,
				Set.of(), Set.of(), false, null)), null, NOTHING).assigneeId()).as("capacity 0 takes nothing").isEqualTo(1);
	}

	@Test
	void aKnownLanguageNeedsAnAgentWhoSpeaksIt() {
		Agent chinese = skilled(1, Set.of("zh"), Set.of(), false);
		Agent english = skilled(2, Set.of("en", "zh"), Set.of(), false);
		Needs en = new Needs("en", false, List.of());

		assertThat(route(AssignmentMode.ROUND_ROBIN, List.of(chinese, english), null, en).assigneeId()).isEqualTo(2);
		assertThat(route(AssignmentMode.ROUND_ROBIN, List.of(chinese), null, en))
			.isEqualTo(new Decision(TEAM, null, Reason.NO_ELIGIBLE_AGENT));
		assertThat(route(AssignmentMode.ROUND_ROBIN, List.of(chinese), null, NOTHING).assigneeId())
			.as("an unknown language asks nothing").isEqualTo(1);
		assertThat(AssignmentPolicy.languageSkill("zh-CN")).isEqualTo("zh");
		assertThat(AssignmentPolicy.languageSkill("EN")).isEqualTo("en");
		assertThat(AssignmentPolicy.languageSkill(" ")).isNull();
	}

	@Test
	void vipTiersNeedAVipCertifiedAgent() {
		Needs vip = new Needs(null, true, List.of());
		List<Agent> members = List.of(agent(1), skilled(2, Set.of(), Set.of(), true));

		assertThat(route(AssignmentMode.LEAST_LOADED, members, null, vip).assigneeId()).isEqualTo(2);
		assertThat(route(AssignmentMode.LEAST_LOADED, List.of(agent(1)), null, vip).reason())
			.isEqualTo(Reason.NO_ELIGIBLE_AGENT);
	}

	@Test
	void productSkillsCountOnlyInTeamsThatDeclareThemAndCoverSubCategories() {
		Needs dispute = new Needs(null, false, List.of("billing.dispute", "billing"));
		Agent billing = skilled(1, Set.of(), Set.of("billing"), false);
		Agent network = skilled(2, Set.of(), Set.of("network"), false);
		Agent generalist = agent(3);

		assertThat(route(AssignmentMode.ROUND_ROBIN, List.of(network, billing, generalist), 1L, dispute).assigneeId())
			.as("the parent category covers its sub-categories; members without products are out in such a team")
			.isEqualTo(1);
		assertThat(route(AssignmentMode.ROUND_ROBIN, List.of(agent(3), agent(4)), 3L, dispute).assigneeId())
			.as("nobody declares products: the category does not restrict")
			.isEqualTo(4);
		assertThat(route(AssignmentMode.ROUND_ROBIN, List.of(network, billing), 1L, NOTHING).assigneeId())
			.as("a ticket without a category needs no product")
			.isEqualTo(2);
		assertThat(route(AssignmentMode.ROUND_ROBIN, List.of(network, generalist), null, dispute).reason())
			.isEqualTo(Reason.NO_ELIGIBLE_AGENT);
	}

	@Test
	void manualTeamsAndTicketsWithoutATeamWaitUnassigned() {
		assertThat(route(AssignmentMode.MANUAL, List.of(agent(1)), null, NOTHING))
			.isEqualTo(new Decision(TEAM, null, Reason.MANUAL));
		assertThat(AssignmentPolicy.decide(new Situation(null, null, List.of(), null, NOTHING, null)))
			.isEqualTo(new Decision(null, null, Reason.NO_TEAM));
	}

	@Test
	void anAvailableAccountManagerWithRoomGetsTheTicketInTheTicketsTeamOrTheirFirstTeam() {
		Agent manager = away(50);
		Agent ready = agent(50);
		List<Agent> members = List.of(skilled(1, Set.of("zh"), Set.of(), true));

		assertThat(withManager(TEAM, members, new AccountManager(ready, List.of(3L, TEAM))))
			.isEqualTo(new Decision(TEAM, 50L, Reason.ACCOUNT_MANAGER));
		assertThat(withManager(TEAM, members, new AccountManager(ready, List.of(12L, 4L))))
			.as("not in the ticket's team: the manager's first team; skills do not apply to the manager")
			.isEqualTo(new Decision(4L, 50L, Reason.ACCOUNT_MANAGER));
		assertThat(withManager(null, members, new AccountManager(ready, List.of())))
			.isEqualTo(new Decision(null, 50L, Reason.ACCOUNT_MANAGER));
		assertThat(withManager(TEAM, members, new AccountManager(manager, List.of(TEAM))))
			.as("an away manager: the team's rules")
			.isEqualTo(new Decision(TEAM, 1L, Reason.ROUND_ROBIN));
		Agent full = new Agent(50, true, Availability.AVAILABLE, 3, 3, Set.of(), Set.of(), false, null);
		assertThat(withManager(TEAM, members, new AccountManager(full, List.of(TEAM))).reason())
			.isEqualTo(Reason.ROUND_ROBIN);
		Agent disabled = new Agent(50, false, Availability.AVAILABLE, 0, 3, Set.of(), Set.of(), false, null);
		assertThat(withManager(TEAM, members, new AccountManager(disabled, List.of(TEAM))).reason())
			.isEqualTo(Reason.ROUND_ROBIN);
	}

	private static Decision withManager(Long team, List<Agent> members, AccountManager manager) {
		return AssignmentPolicy.decide(new Situation(team, team == null ? null : AssignmentMode.ROUND_ROBIN, members,
				null, new Needs("zh", true, List.of("billing")), manager));
	}

	private static Decision route(AssignmentMode mode, List<Agent> members, Long last, Needs needs) {
		return AssignmentPolicy.decide(new Situation(TEAM, mode, members, last, needs, null));
	}

	private static Agent agent(long id) {
		return skilled(id, Set.of(), Set.of(), false);
	}

	private static Agent away(long id) {
		return new Agent(id, true, Availability.AWAY, 0, 10, Set.of(), Set.of(), false, null);
	}

	private static Agent loaded(long id, int active, Instant lastAssigned) {
		return new Agent(id, true, Availability.AVAILABLE, active, 10, Set.of(), Set.of(), false, lastAssigned);
	}

	private static Agent skilled(long id, Set<String> languages, Set<String> products, boolean vip) {
		return new Agent(id, true, Availability.AVAILABLE, 0, 10, languages, products, vip, null);
	}

}
