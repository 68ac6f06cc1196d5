package io.kairos.voc.invitation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kairos.voc.QuestionType;
import io.kairos.voc.SurveyCatalog.Question;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The token format, the deterministic sampling draw and the survey form's conversion to answers. */
class InvitationBasicsTests {

	@Test
	void aTokenIs256BitsOfBase64urlAndOnlyItsHashIsShown() {
		InvitationToken token = InvitationToken.issue();
		assertThat(token.token()).hasSize(43).matches("[A-Za-z0-9_-]{43}");
		assertThat(InvitationToken.wellFormed(token.token())).isTrue();
		assertThat(InvitationToken.wellFormed(token.token() + "=")).isFalse();
		assertThat(InvitationToken.wellFormed(null)).isFalse();
		// SHA-256("abc"), FIPS 180-2 appendix B.1.
		assertThat(InvitationToken.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(token.hash()).isEqualTo(InvitationToken.hash(token.token()));
		assertThat(token.toString()).doesNotContain(token.token());
	}

	@Test
	void samplingDrawsTheSameWayForTheSameSubjectAndHitsTheRate() {
		assertThat(Sampling.drawn(7, "ticket:1", 100)).isTrue();
		assertThat(Sampling.drawn(7, "ticket:1", 0)).isFalse();
		int drawn = 0;
		Set<Boolean> again = new HashSet<>();
		for (int i = 0; i < 20_000; i++) {
			boolean first = Sampling.drawn(3, "ticket:" + i, 25);
			again.add(first == Sampling.drawn(3, "ticket:" + i, 25));
			drawn += first ? 1 : 0;
		}
		assertThat(again).containsExactly(true);
		// 25 % of 20,000 = 5,000; the binomial standard deviation is about 61, so ±300 is about 5 σ.
		assertThat(drawn).isBetween(4_700, 5_300);
	}

	@Test
	void formFieldsBecomeAnswersAndBadValuesStayTextForTheSurveyToRefuse() {
		List<Question> questions = List.of(question("nps", QuestionType.NPS), question("csat", QuestionType.CSAT),
				question("ok", QuestionType.YES_NO), question("kano", QuestionType.KANO), question("more", QuestionType.TEXT));
		Map<String, JsonNode> answers = SurveyForm.answers(questions, Map.of("q.nps", List.of("3"), "q.nps.why",
				List.of(" 太慢 "), "q.csat", List.of("9.5"), "q.ok", List.of("true"), "q.kano.functional", List.of("LIKE"),
				"q.kano.dysfunctional", List.of("DISLIKE"), "q.more", List.of("  ")));
		assertThat(answers.get("nps").get("score").asInt()).isEqualTo(3);
		assertThat(answers.get("nps").get("why").asString()).isEqualTo("太慢");
		assertThat(answers.get("csat").isString()).isTrue();
		assertThat(answers.get("ok").booleanValue()).isTrue();
		assertThat(answers.get("kano").get("dysfunctional").asString()).isEqualTo("DISLIKE");
		assertThat(answers).doesNotContainKey("more");
	}

	private static Question question(String code, QuestionType type) {
		return new Question(code, type, false, code, null, null, List.of(), null, false, null, null);
	}

}
