package io.kairos.voc.response;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;
import io.kairos.voc.MotAnswered;
import io.kairos.voc.QuestionType;
import io.kairos.voc.RecordResponse;
import io.kairos.voc.ResponseSource;
import io.kairos.voc.SurveyAnswered;
import io.kairos.voc.report.DailyNps;
import io.kairos.voc.survey.Answer;
import io.kairos.voc.survey.AnswerProblem;
import io.kairos.voc.survey.AnswerRules;
import io.kairos.voc.survey.SurveyDefinition;
import io.kairos.voc.survey.SurveyDefinitions;

/**
 * Stores validated responses: one row with the context copied on (so grouped scores read one table), one row per
 * answer, and {@link SurveyAnswered} plus one {@link MotAnswered} per MOT answer, published in the same
 * transaction, which also adds the NPS answer to the day roll-up ({@link DailyNps}). A response with any bad answer
 * is refused whole.
 */
@Service
public class Responses {

	static final int MAX_CONTEXT = 100;

	private final JdbcClient jdbc;

	private final SurveyDefinitions definitions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DailyNps daily;

	Responses(JdbcClient jdbc, SurveyDefinitions definitions, ApplicationEventPublisher events, Clock clock,
			DailyNps daily) {
		this.jdbc = jdbc;
		this.definitions = definitions;
		this.events = events;
		this.clock = clock;
		this.daily = daily;
	}

	/** A response that passed the checks, ready to store. */
	public record Valid(RecordResponse command, SurveyDefinition survey, List<Answer> answers) {
	}

	/** Checks one response; the problems name the answers at fault (empty when it may be stored). */
	@Transactional(readOnly = true)
	public Checked check(RecordResponse command) {
		SurveyDefinition survey = definitions.find(command.surveyId(), command.surveyVersion())
			.filter(SurveyDefinition::published)
			.orElseThrow(() -> ProblemException.notFound("problem.survey.version-not-found"));
		return check(survey, command);
	}

	public Checked check(SurveyDefinition survey, RecordResponse command) {
		List<AnswerProblem> problems = new ArrayList<>(contextProblems(command));
		AnswerRules.Checked checked = AnswerRules.check(survey, command.answers());
		problems.addAll(checked.problems());
		if (problems.isEmpty() && checked.answers().isEmpty()) {
			problems.add(new AnswerProblem("answers", "problem.answer.none"));
		}
		return new Checked(new Valid(command, survey, checked.answers()), List.copyOf(problems));
	}

	public record Checked(Valid response, List<AnswerProblem> problems) {

		public boolean valid() {
			return problems.isEmpty();
		}

	}

	/** Records one response or refuses it (400 naming the first answer at fault). */
	@Transactional
	public long record(RecordResponse command) {
		Checked checked = check(command);
		if (!checked.valid()) {
			AnswerProblem problem = checked.problems().get(0);
			throw ProblemException.invalid(problem.field(), problem.messageKey(), problem.arguments());
		}
		return store(checked.response(), null);
	}

	/** Stores a response already checked; {@code importId} ties imported rows together. */
	@Transactional
	public long store(Valid valid, Long importId) {
		return storeAll(List.of(valid), importId).get(0);
	}

	/**
	 * Stores responses already checked, in order, and returns their ids; their NPS answers reach the day roll-up
	 * together, each row written once.
	 */
	@Transactional
	public List<Long> storeAll(List<Valid> valid, Long importId) {
		List<Long> ids = new ArrayList<>();
		List<DailyNps.Answer> answers = new ArrayList<>();
		for (Valid response : valid) {
			ids.add(insertResponse(response, importId, answers));
		}
		daily.add(answers);
		return ids;
	}

	private long insertResponse(Valid valid, Long importId, List<DailyNps.Answer> answers) {
		RecordResponse command = valid.command();
		Instant now = clock.instant();
		Instant at = command.respondedAt() == null ? now : command.respondedAt();
		Integer nps = first(valid.answers(), QuestionType.NPS);
		Integer csat = first(valid.answers(), QuestionType.CSAT);
		Integer ces = first(valid.answers(), QuestionType.CES);
		String verbatim = verbatim(valid.answers());
		ResponseSource source = command.source() == null ? ResponseSource.API : command.source();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into survey_response (survey_id, survey_version, customer_id, ticket_id, touchpoint_id, team_id,
				  agent_id, channel, tier, segment, source, import_id, nps, csat, ces, verbatim, responded_at, recorded_at)
				values (:survey, :version, :customer, :ticket, :touchpoint, :team, :agent, :channel, :tier, :segment,
				  :source, :import, :nps, :csat, :ces, :verbatim, :at, :now)""")
			.param("survey", command.surveyId())
			.param("version", command.surveyVersion())
			.param("customer", command.customerId() == null ? null : command.customerId().value())
			.param("ticket", command.ticketId())
			.param("touchpoint", command.touchpointId())
			.param("team", command.teamId())
			.param("agent", command.agentId())
			.param("channel", blankToNull(command.channel()))
			.param("tier", blankToNull(command.tier()))
			.param("segment", blankToNull(command.segment()))
			.param("source", source.name())
			.param("import", importId)
			.param("nps", nps)
			.param("csat", csat)
			.param("ces", ces)
			.param("verbatim", verbatim)
			.param("at", Timestamps.utc(at))
			.param("now", Timestamps.utc(now))
			.update(keys, "id");
		long id = Objects.requireNonNull(keys.getKey()).longValue();
		for (Answer answer : valid.answers()) {
			insert(id, answer);
		}
		if (nps != null) {
			answers.add(new DailyNps.Answer(command.surveyId(), at, blankToNull(command.segment()),
					blankToNull(command.tier()), blankToNull(command.channel()), nps));
		}
		events.publishEvent(new SurveyAnswered(id, command.surveyId(), command.surveyVersion(), command.customerId(),
				command.ticketId(), command.touchpointId(), command.teamId(), command.agentId(), nps, csat, ces,
				verbatim, at));
		for (Answer answer : valid.answers()) {
			if (answer.type() == QuestionType.MOT) {
				Long touchpoint = answer.touchpointId() != null ? answer.touchpointId() : command.touchpointId();
				events.publishEvent(new MotAnswered(id, command.customerId(), command.ticketId(), touchpoint,
						answer.code(), answer.score(), at));
			}
		}
		return id;
	}

	private void insert(long responseId, Answer answer) {
		boolean weighted = answer.weights() != null;
		jdbc.sql("""
				insert into survey_answer (response_id, question_code, question_type, score, choice, free_text,
				  servqual_item, expectation, desired, adequate, perception, w_tangibles, w_reliability,
				  w_responsiveness, w_assurance, w_empathy, kano_feature, kano_functional, kano_dysfunctional, touchpoint_id)
				values (:response, :code, :type, :score, :choice, :text, :item, :e, :d, :a, :p, :w0, :w1, :w2, :w3, :w4,
				  :feature, :functional, :dysfunctional, :touchpoint)""")
			.param("response", responseId)
			.param("code", answer.code())
			.param("type", answer.type().name())
			.param("score", answer.score())
			.param("choice", answer.choice())
			.param("text", answer.text())
			.param("item", answer.servqualItem())
			.param("e", answer.expectation())
			.param("d", answer.desired())
			.param("a", answer.adequate())
			.param("p", answer.perception())
			.param("w0", weighted ? answer.weight(0) : null)
			.param("w1", weighted ? answer.weight(1) : null)
			.param("w2", weighted ? answer.weight(2) : null)
			.param("w3", weighted ? answer.weight(3) : null)
			.param("w4", weighted ? answer.weight(4) : null)
			.param("feature", answer.kanoFeature())
			.param("functional", answer.functional())
			.param("dysfunctional", answer.dysfunctional())
			.param("touchpoint", answer.touchpointId())
			.update();
	}

	private static List<AnswerProblem> contextProblems(RecordResponse command) {
		List<AnswerProblem> problems = new ArrayList<>();
		context(problems, "channel", command.channel());
		context(problems, "tier", command.tier());
		context(problems, "segment", command.segment());
		positive(problems, "ticketId", command.ticketId());
		positive(problems, "touchpointId", command.touchpointId());
		positive(problems, "teamId", command.teamId());
		positive(problems, "agentId", command.agentId());
		return problems;
	}

	private static void context(List<AnswerProblem> problems, String field, String value) {
		if (value != null && value.strip().length() > MAX_CONTEXT) {
			problems.add(new AnswerProblem(field, "problem.response.context-length", MAX_CONTEXT));
		}
	}

	private static void positive(List<AnswerProblem> problems, String field, Long value) {
		if (value != null && value <= 0) {
			problems.add(new AnswerProblem(field, "problem.response.reference"));
		}
	}

	private static Integer first(List<Answer> answers, QuestionType type) {
		return answers.stream().filter(answer -> answer.type() == type).map(Answer::score).findFirst().orElse(null);
	}

	/** The NPS "why" if given, else the first text answer. */
	static String verbatim(List<Answer> answers) {
		return answers.stream()
			.filter(answer -> answer.type() == QuestionType.NPS && answer.text() != null)
			.map(Answer::text)
			.findFirst()
			.or(() -> answers.stream()
				.filter(answer -> answer.type() == QuestionType.TEXT && answer.text() != null && !answer.text().isEmpty())
				.map(Answer::text)
				.findFirst())
			.orElse(null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
