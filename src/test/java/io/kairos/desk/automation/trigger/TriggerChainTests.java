package io.kairos.desk.automation.trigger;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TriggerChainTests {

	@Test
	void aChangeWithoutAnEarlierChainStartsAFreshOne() {
		TriggerChain chain = TriggerChain.of(null, 1_000, false);

		assertThat(chain.originUs()).isEqualTo(1_000);
		assertThat(chain.fired()).isEmpty();
		assertThat(chain.depth()).isZero();
	}

	@Test
	void theEchoOfTheTriggersOwnActionsContinuesTheChainOneRoundDeeper() {
		TriggerChain acted = TriggerChain.of(null, 1_000, false).firedNow(Set.of(7L), 1_100, 1_200);

		TriggerChain echo = TriggerChain.of(acted, 1_150, true);

		assertThat(echo.hasFired(7)).isTrue();
		assertThat(echo.depth()).isEqualTo(1);
		TriggerChain next = echo.firedNow(Set.of(8L), 1_300, 1_400);
		assertThat(next.fired()).containsExactlyInAnyOrder(7L, 8L);
		assertThat(TriggerChain.of(next, 1_120, true).hasFired(8))
			.as("the span covers every round of the chain").isTrue();
	}

	@Test
	void anotherEventOfTheSameChangeSharesTheChain() {
		TriggerChain acted = TriggerChain.of(null, 1_000, false).firedNow(Set.of(7L), 1_100, 1_200);

		assertThat(TriggerChain.of(acted, 1_000, false)).isEqualTo(acted);
	}

	@Test
	void aPersonsChangeOrAChangeOutsideTheSpanStartsANewChain() {
		TriggerChain acted = TriggerChain.of(null, 1_000, false).firedNow(Set.of(7L), 1_100, 1_200);

		assertThat(TriggerChain.of(acted, 1_150, false).fired()).as("made by a person").isEmpty();
		assertThat(TriggerChain.of(acted, 5_000, true).fired()).as("Kairos, but later").isEmpty();
	}

	@Test
	void roundsAreCapped() {
		TriggerChain chain = TriggerChain.of(null, 1_000, false).firedNow(Set.of(1L), 1_100, 1_200);
		for (int round = 0; round < TriggerChain.MAX_DEPTH; round++) {
			chain = TriggerChain.of(chain, 1_150, true).firedNow(Set.of((long) round + 2), 1_150, 1_200);
		}
		assertThat(chain.tooDeep()).isFalse();
		assertThat(TriggerChain.of(chain, 1_150, true).tooDeep()).isTrue();
	}

}
