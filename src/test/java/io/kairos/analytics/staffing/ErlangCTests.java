package io.kairos.analytics.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The worked example of Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"
 * (https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm): 100 calls in 30 minutes, average
 * handle time 180 s, target 80 % answered within 20 s, maximum occupancy 85 %, shrinkage 30 %. It finds
 * A = 10 Erlangs; with 11 agents P(wait) = 68.21 % and a service level of 39 %; 14 agents reach 88.8 % with an
 * ASA of 7.8 s and an occupancy of 71.4 %, so 14 are needed and 20 scheduled after shrinkage.
 */
class ErlangCTests {

	static final double A = ErlangC.trafficIntensity(100, 30 * 60, 180);

	@Test
	void trafficIntensityIsCallsTimesHandleTimeOverTheInterval() {
		assertThat(A).isCloseTo(10.0, within(1e-12));
	}

	@Test
	void elevenAgentsLetTwoCallsInThreeWaitAndAnswerUnderFortyPercentInTwentySeconds() {
		assertThat(ErlangC.probabilityOfWaiting(11, A)).isCloseTo(0.6821, within(0.00005));
		assertThat(ErlangC.serviceLevel(11, A, 20, 180)).isCloseTo(0.3896, within(0.0005));
		assertThat(ErlangC.occupancy(11, A)).isCloseTo(0.9091, within(0.00005));
	}

	@Test
	void fourteenAgentsMeetEightyInTwentyAndThirteenDoNot() {
		assertThat(ErlangC.serviceLevel(13, A, 20, 180)).isCloseTo(0.7956, within(0.0005)).isLessThan(0.80);
		assertThat(ErlangC.serviceLevel(14, A, 20, 180)).isCloseTo(0.8884, within(0.0005));
		assertThat(ErlangC.probabilityOfWaiting(14, A)).isCloseTo(0.1741, within(0.00005));
		assertThat(ErlangC.averageSpeedOfAnswer(14, A, 180)).isCloseTo(7.836, within(0.0005));
		assertThat(ErlangC.occupancy(14, A)).isCloseTo(0.7143, within(0.00005));
		assertThat(ErlangC.agentsNeeded(A, 180, 20, 0.80, 0.85)).isEqualTo(14);
		assertThat(ErlangC.scheduled(14, 0.30)).isEqualTo(20);
	}

	@Test
	void theMaximumOccupancyCanAskForMoreAgentsThanTheServiceLevel() {
		// 80 % in 20 s needs 14 agents; at most 70 % occupancy needs ⌈10 / 0.7⌉ = 15.
		assertThat(ErlangC.agentsNeeded(A, 180, 20, 0.80, 0.70)).isEqualTo(15);
	}

	@Test
	void tooFewAgentsNeverCatchUp() {
		assertThat(ErlangC.probabilityOfWaiting(10, A)).isEqualTo(1.0);
		assertThat(ErlangC.serviceLevel(9, A, 20, 180)).isZero();
		assertThat(ErlangC.averageSpeedOfAnswer(10, A, 180)).isInfinite();
	}

	@Test
	void largeCentresStayExactWithoutFactorials() {
		// 500 Erlangs: the recursion has no 500! to overflow; more agents always wait less.
		double big = ErlangC.trafficIntensity(10_000, 3_600, 180);
		int agents = ErlangC.agentsNeeded(big, 180, 20, 0.8, 0.95);
		assertThat(agents).isBetween(501, 560);
		assertThat(ErlangC.probabilityOfWaiting(agents + 5, big)).isLessThan(ErlangC.probabilityOfWaiting(agents, big));
	}

	@Test
	void thePlannerReturnsTheWorkedExampleRounded() {
		StaffingPlan plan = new StaffingPlanner().plan(new StaffingRequest(100, 30, 180, 80, 20, 85, 30));
		assertThat(plan.trafficIntensity()).isEqualTo(10.0);
		assertThat(plan.agents()).isEqualTo(14);
		assertThat(plan.scheduledAgents()).isEqualTo(20);
		assertThat(plan.serviceLevelPercent()).isEqualTo(88.84);
		assertThat(plan.waitingPercent()).isEqualTo(17.41);
		assertThat(plan.averageSpeedOfAnswerSeconds()).isEqualTo(7.84);
		assertThat(plan.occupancyPercent()).isEqualTo(71.43);
		assertThat(plan.options()).extracting(StaffingPlan.Option::agents).containsExactly(11, 12, 13, 14, 15, 16);
	}

}
