package io.kairos.voc.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.CustomerDirectory;
import io.kairos.customer.CustomerId;
import io.kairos.customer.CustomerSummary;
import io.kairos.shared.time.Timestamps;
import io.kairos.voc.RecordResponse;
import io.kairos.voc.ResponseSource;
import io.kairos.voc.SurveyCatalog;
import io.kairos.voc.SurveyCatalog.PublishedSurvey;
import io.kairos.voc.SurveyResponses;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customer's side of an invitation: find it by the token's hash, show the survey version it answers, keep
 * partial answers, and take the final answers exactly once. The final submission first moves the invitation from
 * SENT to ANSWERED with a conditional update (concurrent copies wait for the first one's row lock and then find
 * nothing to update) and records the response in the same transaction, so a refused answer leaves the invitation
 * open and an accepted one can never be counted twice.
 */
@Service
public class PublicSurveys {

	private static final TypeReference<Map<String, List<String>>> FIELDS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final SurveyCatalog catalog;

	private final SurveyResponses responses;

	private final CustomerDirectory customers;

	private final JsonMapper json;

	private final Clock clock;

	PublicSurveys(JdbcClient jdbc, SurveyCatalog catalog, SurveyResponses responses, CustomerDirectory customers,
			JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.responses = responses;
		this.customers = customers;
		this.json = json;
		this.clock = clock;
	}

	/** The invitation behind a token, whatever its state; empty for a token Kairos never issued. */
	@Transactional(readOnly = true)
	public Optional<SurveyInvitation> find(String token) {
		if (!InvitationToken.wellFormed(token)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select id, survey_id, survey_version, trigger_kind, customer_id, ticket_id, team_id, agent_id, status,
				    channel, expires_at, partial_answers
				from survey_invitation where token_hash = :hash""")
			.param("hash", InvitationToken.hash(token))
			.query(PublicSurveys::row)
			.optional();
	}

	/** The language the customer gave, for a page opened without a choice of its own. */
	@Transactional(readOnly = true)
	public Optional<String> customerLanguage(SurveyInvitation invitation) {
		return invitation.customerId() == null ? Optional.empty()
				: customers.language(new CustomerId(invitation.customerId()));
	}

	/**
	 * Opens the survey: the published version fixed at the first visit (so a newer version published meanwhile does
	 * not change the questions under a half-filled form) and the answers saved so far.
	 * @throws InvitationGone when answered, expired or the survey has no published version
	 */
	@Transactional
	public OpenSurvey open(SurveyInvitation invitation, Locale locale) {
		Instant now = clock.instant();
		if (!invitation.open(now)) {
			throw new InvitationGone();
		}
		PublishedSurvey survey = survey(invitation, locale);
		jdbc.sql("""
				update survey_invitation set survey_version = coalesce(survey_version, :version), opened_at = coalesce(opened_at, :now)
				where id = :id and (survey_version is null or opened_at is null)""")
			.param("version", survey.version())
			.param("now", Timestamps.utc(now))
			.param("id", invitation.id())
			.update();
		return new OpenSurvey(survey, new FilledForm(saved(invitation)));
	}

	/** Keeps the fields filled in so far; the invitation stays open. */
	@Transactional
	public void save(SurveyInvitation invitation, Map<String, List<String>> fields) {
		if (jdbc.sql("""
				update survey_invitation set partial_answers = :partial
				where id = :id and status = 'SENT' and expires_at > :now""")
			.param("partial", json.writeValueAsString(fields))
			.param("id", invitation.id())
			.param("now", Timestamps.utc(clock.instant()))
			.update() == 0) {
			throw new InvitationGone();
		}
	}

	/**
	 * Takes the final answers once and returns the response id.
	 * @throws InvitationGone when the invitation was answered (by a concurrent copy too), expired or lost its survey
	 * @throws io.kairos.shared.api.ProblemException 400 naming the answer at fault; nothing is stored then
	 */
	@Transactional
	public long submit(SurveyInvitation invitation, Map<String, List<String>> fields, Locale locale) {
		PublishedSurvey survey = survey(invitation, locale);
		Instant now = clock.instant();
		int claimed = jdbc.sql("""
				update survey_invitation set status = 'ANSWERED', answered_at = :now, survey_version = :version
				where id = :id and status = 'SENT' and expires_at > :now""")
			.param("now", Timestamps.utc(now))
			.param("version", survey.version())
			.param("id", invitation.id())
			.update();
		if (claimed == 0) {
			throw new InvitationGone();
		}
		CustomerId customer = invitation.customerId() == null ? null : new CustomerId(invitation.customerId());
		String tier = customer == null ? null : customers.findSummary(customer).map(CustomerSummary::tier).orElse(null);
		long response = responses.record(new RecordResponse(survey.surveyId(), survey.version(),
				SurveyForm.answers(survey.questions(), fields), customer, invitation.ticketId(), null,
				invitation.teamId(), invitation.agentId(), invitation.channel(), tier, null, now,
				invitation.trigger() == TriggerKind.PUBLIC_LINK ? ResponseSource.PUBLIC_LINK : ResponseSource.INVITATION));
		jdbc.sql("update survey_invitation set response_id = :response, partial_answers = null where id = :id")
			.param("response", response)
			.param("id", invitation.id())
			.update();
		return response;
	}

	private PublishedSurvey survey(SurveyInvitation invitation, Locale locale) {
		Optional<PublishedSurvey> survey = invitation.surveyVersion() == null
				? catalog.published(invitation.surveyId(), locale)
				: catalog.version(invitation.surveyId(), invitation.surveyVersion(), locale);
		return survey.orElseThrow(InvitationGone::new);
	}

	private Map<String, List<String>> saved(SurveyInvitation invitation) {
		if (invitation.partialAnswers() == null) {
			return Map.of();
		}
		return json.readValue(invitation.partialAnswers(), FIELDS);
	}

	private static SurveyInvitation row(ResultSet rs, int n) throws SQLException {
		return new SurveyInvitation(rs.getLong("id"), rs.getLong("survey_id"),
				rs.getObject("survey_version", Integer.class), TriggerKind.valueOf(rs.getString("trigger_kind")),
				rs.getObject("customer_id", Long.class), rs.getObject("ticket_id", Long.class),
				rs.getObject("team_id", Long.class), rs.getObject("agent_id", Long.class),
				InvitationStatus.valueOf(rs.getString("status")), rs.getString("channel"),
				Invitations.at(rs, "expires_at"), rs.getString("partial_answers"));
	}

	/** A survey ready to be answered, with the answers saved so far. */
	public record OpenSurvey(PublishedSurvey survey, FilledForm filled) {
	}

}
