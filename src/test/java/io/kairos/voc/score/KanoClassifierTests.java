package io.kairos.voc.score;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kairos.voc.score.KanoClassifier.Answer;
import io.kairos.voc.score.KanoClassifier.Category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Kano evaluation table and the satisfaction coefficients as published in Berger, C. et al. (1993) "Kano's
 * methods for understanding customer-defined quality", Center for Quality of Management Journal 2(4), pp. 3–36
 * (Table 1, the evaluation table; section IVa, Timko's customer satisfaction coefficients).
 */
class KanoClassifierTests {

	@Test
	void everyCellOfTheEvaluationTable() {
		String[] expected = { "QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ" };
		for (Answer functional : Answer.values()) {
			for (Answer dysfunctional : Answer.values()) {
				assertThat(KanoClassifier.classify(functional, dysfunctional).name())
					.as(functional + "/" + dysfunctional)
					.isEqualTo(String.valueOf(expected[functional.ordinal()].charAt(dysfunctional.ordinal())));
			}
		}
	}

	/** The defining answers: like/dislike = one-dimensional, like/neutral = attractive, expect/dislike = must-be. */
	@Test
	void theDefiningPairs() {
		assertThat(KanoClassifier.classify(Answer.LIKE, Answer.DISLIKE)).isEqualTo(Category.O);
		assertThat(KanoClassifier.classify(Answer.LIKE, Answer.NEUTRAL)).isEqualTo(Category.A);
		assertThat(KanoClassifier.classify(Answer.EXPECT, Answer.DISLIKE)).isEqualTo(Category.M);
		assertThat(KanoClassifier.classify(Answer.NEUTRAL, Answer.NEUTRAL)).isEqualTo(Category.I);
		assertThat(KanoClassifier.classify(Answer.DISLIKE, Answer.LIKE)).isEqualTo(Category.R);
		assertThat(KanoClassifier.classify(Answer.LIKE, Answer.LIKE)).isEqualTo(Category.Q);
	}

	/**
	 * Worked by hand with Timko's coefficients: A 10, O 20, M 30, I 40, R 3, Q 2 → category I; Better = 30/100 =
	 * 0.3, Worse = −50/100 = −0.5 (reverse and questionable answers are left out of both).
	 */
	@Test
	void categoryBetterAndWorse() {
		KanoClassifier.Result result = KanoClassifier.evaluate(List.of(
				new KanoClassifier.Pair(Answer.LIKE, Answer.NEUTRAL, 10),
				new KanoClassifier.Pair(Answer.LIKE, Answer.DISLIKE, 20),
				new KanoClassifier.Pair(Answer.EXPECT, Answer.DISLIKE, 30),
				new KanoClassifier.Pair(Answer.NEUTRAL, Answer.TOLERATE, 40),
				new KanoClassifier.Pair(Answer.DISLIKE, Answer.EXPECT, 3),
				new KanoClassifier.Pair(Answer.DISLIKE, Answer.DISLIKE, 2)));
		assertThat(result.categories()).containsExactly(Category.I);
		assertThat(result.count(Category.R)).isEqualTo(3);
		assertThat(result.count(Category.Q)).isEqualTo(2);
		assertThat(result.better()).isCloseTo(0.3, within(1e-12));
		assertThat(result.worse()).isCloseTo(-0.5, within(1e-12));
		assertThat(ServiceClassSuggestion.suggest(result.categories())).isNull();
	}

	@Test
	void tiesAreReportedNotBroken() {
		KanoClassifier.Result result = KanoClassifier.evaluate(List.of(
				new KanoClassifier.Pair(Answer.EXPECT, Answer.DISLIKE, 5),
				new KanoClassifier.Pair(Answer.LIKE, Answer.DISLIKE, 5)));
		assertThat(result.tie()).isTrue();
		assertThat(result.categories()).containsExactly(Category.O, Category.M);
		assertThat(result.better()).isCloseTo(0.5, within(1e-12));
		assertThat(result.worse()).isCloseTo(-1.0, within(1e-12));
		assertThat(ServiceClassSuggestion.suggest(result.categories())).isNull();
		assertThat(KanoClassifier.evaluate(List.of()).categories()).isEmpty();
		assertThat(KanoClassifier.evaluate(List.of()).better()).isNull();
	}

	@Test
	void kanoCategoriesSuggestAServiceClass() {
		assertThat(ServiceClassSuggestion.suggest(List.of(Category.M))).isEqualTo(ServiceClassSuggestion.ServiceClass.BASIC);
		assertThat(ServiceClassSuggestion.suggest(List.of(Category.O))).isEqualTo(ServiceClassSuggestion.ServiceClass.STANDARD);
		assertThat(ServiceClassSuggestion.suggest(List.of(Category.A))).isEqualTo(ServiceClassSuggestion.ServiceClass.EXTENDED);
	}

}
