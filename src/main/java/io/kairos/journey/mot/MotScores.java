package io.kairos.journey.mot;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.TicketTouchpoints;
import io.kairos.desk.TicketTouchpoints.TicketFacts;
import io.kairos.identity.StaffPrincipal;
import io.kairos.journey.MotScored;
import io.kairos.journey.MotSource;
import io.kairos.journey.map.JourneyView;
import io.kairos.journey.map.Journeys;
import io.kairos.journey.touchpoint.Text;
import io.kairos.journey.touchpoint.TouchpointView;
import io.kairos.journey.touchpoint.Touchpoints;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/**
 * Scores interactions on the −3..+3 value scale. A score names its touchpoint; the journey stage is the one
 * given, or the touchpoint's only stage. A touchpoint not met in the given stage or journey is refused, so the
 * emotion curve never counts a moment at a stage where it did not happen.
 */
@Service
public class MotScores {

	private final JdbcClient jdbc;

	private final Touchpoints touchpoints;

	private final Journeys journeys;

	private final TicketTouchpoints tickets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MotScores(JdbcClient jdbc, Touchpoints touchpoints, Journeys journeys, TicketTouchpoints tickets,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.touchpoints = touchpoints;
		this.journeys = journeys;
		this.tickets = tickets;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A score as typed or posted. {@code score} is kept as the JSON gave it so that 1.5 or "2" are refused
	 * rather than rounded or coerced.
	 */
	public record NewMotScore(Object score, MotSource source, Long touchpointId, Long journeyId, Long stageId,
			Long ticketId, Long messageId, Long customerId, Long agentId, Interaction interaction, Boolean explored,
			Boolean proposed, Boolean acted, Boolean confirmed, String thought, String feeling, String action) {
	}

	@Transactional
	public MotScoreView score(NewMotScore command, StaffPrincipal staff) {
		int score = score(command.score());
		MotSource source = command.source() == null ? MotSource.AGENT_SELF : command.source();
		if (source == MotSource.CUSTOMER) {
			throw ProblemException.invalid("source", "problem.mot.source.customer");
		}
		Placement place = place(command.touchpointId(), command.journeyId(), command.stageId());
		TicketFacts ticket = command.ticketId() == null ? null : tickets.facts(command.ticketId(), staff);
		Long agent = source == MotSource.AGENT_SELF ? Long.valueOf(staff.id())
				: command.agentId() != null ? command.agentId() : ticket == null ? null : ticket.assigneeId();
		Long customer = ticket != null ? Long.valueOf(ticket.customerId()) : command.customerId();
		Interaction interaction = command.interaction() != null ? command.interaction()
				: command.ticketId() != null ? Interaction.TICKET_MESSAGE : Interaction.CALL;
		return insert(new Row(score, source, place, agent, ticket == null ? null : ticket.teamId(), customer,
				command.ticketId(), command.messageId(), interaction, Boolean.TRUE.equals(command.explored()),
				Boolean.TRUE.equals(command.proposed()), Boolean.TRUE.equals(command.acted()),
				Boolean.TRUE.equals(command.confirmed()), Text.optional("thought", command.thought(), 1000),
				Text.optional("feeling", command.feeling(), 1000), Text.optional("action", command.action(), 1000),
				null, null, staff.id(), clock.instant()));
	}

	/**
	 * A customer's own answer to an MOT question; recorded once per response and question, so a redelivered
	 * event changes nothing. Answers about a touchpoint Kairos does not know are skipped.
	 */
	@Transactional
	public void recordCustomerAnswer(long responseId, String questionCode, Long customerId, Long ticketId,
			Long touchpointId, int score, Instant at) {
		if (touchpointId == null || score < -3 || score > 3 || touchpoints.find(touchpointId).isEmpty()) {
			return;
		}
		Integer existing = jdbc.sql("select count(*) from mot_score where response_id = :r and question_code = :q")
			.param("r", responseId)
			.param("q", questionCode)
			.query(Integer.class)
			.single();
		if (existing > 0) {
			return;
		}
		Placement place = place(touchpointId, null, null);
		try {
			insert(new Row(score, MotSource.CUSTOMER, place, null, null, customerId, ticketId, null,
					Interaction.SURVEY_ANSWER, false, false, false, false, null, null, null, responseId, questionCode,
					null, at));
		}
		catch (DuplicateKeyException alreadyThere) {
			// recorded by a concurrent delivery of the same answer
		}
	}

	/** Demo data and tests of the index load their own scored moments at given times. */
	@Transactional
	public MotScoreView record(int score, MotSource source, long touchpointId, Long stageId, Long agentId,
			Long customerId, Long ticketId, Instant at) {
		Placement place = place(touchpointId, null, stageId);
		return insert(new Row(score, source, place, agentId, null, customerId, ticketId, null,
				ticketId == null ? Interaction.VISIT : Interaction.TICKET_MESSAGE, true, true, true, score > 0, null,
				null, null, null, null, null, at));
	}

	@Transactional(readOnly = true)
	public List<MotScoreView> ofCustomer(long customerId, int limit) {
		return jdbc.sql("select * from mot_score where customer_id = :c order by scored_at desc, id desc limit :n")
			.param("c", customerId)
			.param("n", limit)
			.query((rs, n) -> view(rs))
			.list();
	}

	@Transactional(readOnly = true)
	public List<MotScoreView> ofTicket(long ticketId) {
		return jdbc.sql("select * from mot_score where ticket_id = :t order by scored_at desc, id desc")
			.param("t", ticketId)
			.query((rs, n) -> view(rs))
			.list();
	}

	static int score(Object value) {
		if (value == null) {
			throw ProblemException.invalid("score", "problem.mot.score.required");
		}
		if (!(value instanceof Integer || value instanceof Long || value instanceof Short
				|| value instanceof BigInteger)) {
			throw ProblemException.invalid("score", "problem.mot.score.integer", String.valueOf(value));
		}
		BigInteger number = value instanceof BigInteger big ? big : BigInteger.valueOf(((Number) value).longValue());
		if (number.compareTo(BigInteger.valueOf(-3)) < 0 || number.compareTo(BigInteger.valueOf(3)) > 0) {
			throw ProblemException.invalid("score", "problem.mot.score.range", number.toString());
		}
		return number.intValue();
	}

	record Placement(long touchpointId, Long stageId, Long journeyId) {
	}

	private Placement place(Long touchpointId, Long journeyId, Long stageId) {
		if (touchpointId == null) {
			throw ProblemException.invalid("touchpointId", "problem.mot.touchpoint.required");
		}
		TouchpointView touchpoint = touchpoints.find(touchpointId)
			.orElseThrow(() -> ProblemException.invalid("touchpointId", "problem.journey.touchpoint.unknown", touchpointId));
		List<Journeys.StageRef> stages = journeys.stagesOf(touchpointId);
		if (stageId != null) {
			JourneyView.Stage stage = null;
			Long owner = null;
			for (JourneyView journey : journeyOf(stageId)) {
				stage = journey.stage(stageId);
				owner = journey.id();
			}
			if (stage == null) {
				throw ProblemException.invalid("stageId", "problem.mot.stage.unknown", stageId);
			}
			if (journeyId != null && !journeyId.equals(owner)) {
				throw ProblemException.invalid("stageId", "problem.mot.stage.other-journey", stage.name(), journeyId);
			}
			if (!stage.touchpointIds().contains(touchpointId)) {
				throw ProblemException.invalid("touchpointId", "problem.mot.touchpoint.not-in-stage", touchpoint.name(),
						stage.name());
			}
			return new Placement(touchpointId, stageId, owner);
		}
		if (journeyId != null) {
			JourneyView journey = journeys.find(journeyId)
				.orElseThrow(() -> ProblemException.invalid("journeyId", "problem.mot.journey.unknown", journeyId));
			List<Journeys.StageRef> inJourney = stages.stream().filter(s -> s.journeyId() == journeyId).toList();
			if (inJourney.isEmpty()) {
				throw ProblemException.invalid("touchpointId", "problem.mot.touchpoint.not-in-journey", touchpoint.name(),
						journey.name());
			}
			if (inJourney.size() > 1) {
				throw ProblemException.invalid("stageId", "problem.mot.stage.ambiguous", touchpoint.name());
			}
			return new Placement(touchpointId, inJourney.get(0).stageId(), journeyId);
		}
		return stages.size() == 1 ? new Placement(touchpointId, stages.get(0).stageId(), stages.get(0).journeyId())
				: new Placement(touchpointId, null, null);
	}

	private List<JourneyView> journeyOf(long stageId) {
		return jdbc.sql("select journey_id from journey_stage where id = :s")
			.param("s", stageId)
			.query(Long.class)
			.optional()
			.flatMap(journeys::find)
			.stream()
			.toList();
	}

	private record Row(int score, MotSource source, Placement place, Long agentId, Long teamId, Long customerId,
			Long ticketId, Long messageId, Interaction interaction, boolean explored, boolean proposed, boolean acted,
			boolean confirmed, String thought, String feeling, String action, Long responseId, String questionCode,
			Long scoredBy, Instant at) {
	}

	private MotScoreView insert(Row row) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into mot_score (score, source, touchpoint_id, stage_id, journey_id, agent_id, team_id, customer_id,
				ticket_id, message_id, interaction, explored, proposed, acted, confirmed, thought, feeling, action_taken,
				response_id, question_code, scored_by, scored_at)
				values (:score, :source, :touchpoint, :stage, :journey, :agent, :team, :customer, :ticket, :message,
				:interaction, :explored, :proposed, :acted, :confirmed, :thought, :feeling, :action, :response, :question,
				:scoredBy, :at)""")
			.param("score", row.score())
			.param("source", row.source().name())
			.param("touchpoint", row.place().touchpointId())
			.param("stage", row.place().stageId())
			.param("journey", row.place().journeyId())
			.param("agent", row.agentId())
			.param("team", row.teamId())
			.param("customer", row.customerId())
			.param("ticket", row.ticketId())
			.param("message", row.messageId())
			.param("interaction", row.interaction().name())
			.param("explored", row.explored())
			.param("proposed", row.proposed())
			.param("acted", row.acted())
			.param("confirmed", row.confirmed())
			.param("thought", row.thought())
			.param("feeling", row.feeling())
			.param("action", row.action())
			.param("response", row.responseId())
			.param("question", row.questionCode())
			.param("scoredBy", row.scoredBy())
			.param("at", Timestamps.utc(row.at()))
			.update(key, "id");
		long id = key.getKey().longValue();
		events.publishEvent(new MotScored(id, row.score(), row.source(), row.place().touchpointId(),
				row.place().stageId(), row.place().journeyId(), row.agentId(), row.teamId(), row.customerId(),
				row.ticketId(), row.at()));
		return new MotScoreView(id, row.score(), row.source(), row.place().touchpointId(), row.place().stageId(),
				row.place().journeyId(), row.agentId(), row.teamId(), row.customerId(), row.ticketId(), row.messageId(),
				row.interaction(), row.explored(), row.proposed(), row.acted(), row.confirmed(), row.thought(),
				row.feeling(), row.action(), row.at());
	}

	private static MotScoreView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new MotScoreView(rs.getLong("id"), rs.getInt("score"), MotSource.valueOf(rs.getString("source")),
				rs.getLong("touchpoint_id"), nullable(rs, "stage_id"), nullable(rs, "journey_id"),
				nullable(rs, "agent_id"), nullable(rs, "team_id"), nullable(rs, "customer_id"),
				nullable(rs, "ticket_id"), nullable(rs, "message_id"), Interaction.valueOf(rs.getString("interaction")),
				rs.getBoolean("explored"), rs.getBoolean("proposed"), rs.getBoolean("acted"), rs.getBoolean("confirmed"),
				rs.getString("thought"), rs.getString("feeling"), rs.getString("action_taken"),
				Timestamps.instant(rs.getObject("scored_at", OffsetDateTime.class)));
	}

	static Long nullable(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
