package io.kairos.voc.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.CustomerDirectory;
import io.kairos.customer.CustomerId;
import io.kairos.customer.CustomerSummary;
import io.kairos.customer.Purpose;
import io.kairos.desk.DeskLookups;
import io.kairos.identity.AuditLog;
import io.kairos.messaging.Notification;
import io.kairos.messaging.NotificationResult;
import io.kairos.messaging.Notifications;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.paging.Keyset;
import io.kairos.shared.time.Timestamps;

/**
 * Survey invitations: drawn by a rule when its trigger fires, sent through messaging when their time comes (the
 * customer's preferred consented channel, under the survey fatigue cap), or issued by staff as a link. The token
 * is made when the invitation is sent and only its hash is kept; a held-back or undeliverable invitation keeps
 * no token at all.
 */
@Service
public class Invitations {

	static final String KIND = "survey.invitation";

	static final int DEFAULT_EXPIRY_DAYS = 14;

	private static final String COLUMNS = """
			select id, survey_id, rule_id, trigger_kind, customer_id, ticket_id, agent_id, status, channel, send_at,
			    sent_at, expires_at, answered_at, response_id
			from survey_invitation""";

	private final JdbcClient jdbc;

	private final DistributionRules rules;

	private final Notifications notifications;

	private final CustomerDirectory customers;

	private final DeskLookups desk;

	private final AuditLog audit;

	private final Clock clock;

	private final String publicBaseUrl;

	Invitations(JdbcClient jdbc, DistributionRules rules, Notifications notifications, CustomerDirectory customers,
			DeskLookups desk, AuditLog audit, Clock clock,
			@Value("${kairos.voc.public-base-url:http://localhost:8080}") String publicBaseUrl) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.notifications = notifications;
		this.customers = customers;
		this.desk = desk;
		this.audit = audit;
		this.clock = clock;
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	/**
	 * Draws the subject into every enabled rule of the trigger and invites it; a subject already invited by a rule
	 * (a redelivered event) is not invited again. Invitations without delay are sent in this transaction.
	 */
	@Transactional
	public int triggered(TriggerKind trigger, InvitationSubject subject) {
		int invited = 0;
		for (DistributionRule rule : rules.firedBy(trigger)) {
			if (!Sampling.drawn(rule.id(), subject.key(), rule.samplingPercent()) || exists(rule.id(), subject.key())) {
				continue;
			}
			Instant now = clock.instant();
			long id = insert(rule.surveyId(), rule.id(), trigger, subject, now.plus(Duration.ofMinutes(rule.delayMinutes())));
			if (rule.delayMinutes() == 0) {
				send(id);
			}
			invited++;
		}
		return invited;
	}

	/** Ids of pending invitations whose send time has come, oldest first. */
	@Transactional(readOnly = true)
	public List<Long> due(Instant now, int limit) {
		return jdbc.sql("""
				select id from survey_invitation where status = 'PENDING' and send_at <= :now
				order by send_at, id fetch first :limit rows only""")
			.param("now", Timestamps.utc(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Sends a pending invitation: a fresh token, its hash stored, the link handed to messaging. Nothing happens
	 * when another node sent it first (the status moves from PENDING once).
	 */
	@Transactional
	public Optional<NotificationResult> send(long id) {
		Row row = row(id);
		InvitationToken token = InvitationToken.issue();
		Instant now = clock.instant();
		int claimed = jdbc.sql("""
				update survey_invitation set status = 'SENT', token_hash = :hash, sent_at = :now, expires_at = :expires
				where id = :id and status = 'PENDING'""")
			.param("hash", token.hash())
			.param("now", Timestamps.utc(now))
			.param("expires", Timestamps.utc(now.plus(Duration.ofDays(expiryDays(row.ruleId())))))
			.param("id", id)
			.update();
		if (claimed == 0) {
			return Optional.empty();
		}
		NotificationResult result = notify(row, token);
		switch (result.outcome()) {
			case QUEUED, DUPLICATE -> jdbc.sql("update survey_invitation set channel = :channel, message_id = :message where id = :id")
				.param("channel", result.channel())
				.param("message", result.messageId())
				.param("id", id)
				.update();
			case SUPPRESSED, NO_CHANNEL -> jdbc.sql("""
					update survey_invitation set status = :status, token_hash = null, expires_at = null where id = :id""")
				.param("status", result.outcome().name())
				.param("id", id)
				.update();
		}
		return Optional.of(result);
	}

	/**
	 * A link issued by staff: sent to the customer through messaging when one is named, else answered with the
	 * link for staff to hand out (once: the token is not kept).
	 */
	@Transactional
	public IssuedLink issue(long surveyId, Long customerId, Integer expiryDays) {
		int days = expiryDays == null ? DEFAULT_EXPIRY_DAYS : expiryDays;
		if (days < 1 || days > DistributionRules.MAX_EXPIRY_DAYS) {
			throw ProblemException.invalid("expiryDays", "problem.voc.rule.expiry", 1, DistributionRules.MAX_EXPIRY_DAYS);
		}
		if (customerId != null && customers.findSummary(new CustomerId(customerId)).isEmpty()) {
			throw ProblemException.invalid("customerId", "problem.voc.invitation.customer");
		}
		Instant now = clock.instant();
		InvitationSubject subject = new InvitationSubject(null, customerId, null, null, null);
		long id = insert(surveyId, null, TriggerKind.PUBLIC_LINK, subject, now);
		InvitationToken token = InvitationToken.issue();
		Instant expires = now.plus(Duration.ofDays(days));
		jdbc.sql("""
				update survey_invitation set status = 'SENT', token_hash = :hash, sent_at = :now, expires_at = :expires
				where id = :id""")
			.param("hash", token.hash())
			.param("now", Timestamps.utc(now))
			.param("expires", Timestamps.utc(expires))
			.param("id", id)
			.update();
		audit.record("survey.invitation.issued", "survey_invitation", id,
				customerId == null ? Map.of("survey", surveyId) : Map.of("survey", surveyId, "customer", customerId));
		if (customerId == null) {
			return new IssuedLink(id, InvitationStatus.SENT.name(), link(token), null, null, expires);
		}
		NotificationResult result = notify(row(id), token);
		boolean delivered = result.outcome() == NotificationResult.Outcome.QUEUED;
		if (delivered) {
			jdbc.sql("update survey_invitation set channel = :channel, message_id = :message where id = :id")
				.param("channel", result.channel())
				.param("message", result.messageId())
				.param("id", id)
				.update();
		}
		else {
			jdbc.sql("""
					update survey_invitation set status = :status, token_hash = null, expires_at = null
					where id = :id""")
				.param("status", result.outcome().name())
				.param("id", id)
				.update();
		}
		return new IssuedLink(id, delivered ? InvitationStatus.SENT.name() : result.outcome().name(), null,
				result.outcome().name(), result.channel(), delivered ? expires : null);
	}

	@Transactional(readOnly = true)
	public InvitationView get(long id) {
		return jdbc.sql(COLUMNS + " where id = :id")
			.param("id", id)
			.query(this::view)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("problem.voc.invitation.not-found"));
	}

	/** A survey's invitations, newest first, a page at a time. */
	@Transactional(readOnly = true)
	public Keyset.Page<InvitationView> ofSurvey(long surveyId, TriggerKind trigger, Keyset keyset) {
		String where = " where survey_id = :survey" + (trigger == null ? "" : " and trigger_kind = :trigger")
				+ (keyset.after() == null ? "" : " and id < :after");
		Map<String, Object> params = new HashMap<>();
		params.put("survey", surveyId);
		params.put("limit", keyset.fetchSize());
		if (trigger != null) {
			params.put("trigger", trigger.name());
		}
		if (keyset.after() != null) {
			params.put("after", keyset.after());
		}
		List<InvitationView> rows = jdbc.sql(COLUMNS + where + " order by id desc fetch first :limit rows only")
			.params(params)
			.query(this::view)
			.list();
		return keyset.page(rows, InvitationView::id);
	}

	/** A customer's invitations, newest first. */
	@Transactional(readOnly = true)
	public List<InvitationView> ofCustomer(long customerId, int limit) {
		return jdbc.sql(COLUMNS + " where customer_id = :customer order by id desc fetch first :limit rows only")
			.param("customer", customerId)
			.param("limit", limit)
			.query(this::view)
			.list();
	}

	private NotificationResult notify(Row row, InvitationToken token) {
		Map<String, String> variables = new HashMap<>();
		variables.put("surveyLink", link(token));
		variables.put("customerName",
				customers.findSummary(new CustomerId(row.customerId())).map(CustomerSummary::name).orElse(""));
		String reference = "survey-invitation:" + row.id();
		if (row.ticketId() != null) {
			reference = "ticket:" + row.ticketId();
			desk.ticketTitle(row.ticketId()).ifPresent(title -> variables.put("subject", title.subject()));
		}
		return notifications.request(new Notification(KIND, new CustomerId(row.customerId()), Purpose.SERVICE, true,
				variables, reference, "survey-invitation:" + row.id()));
	}

	String link(InvitationToken token) {
		return publicBaseUrl + "/s/" + token.token();
	}

	private int expiryDays(Long ruleId) {
		return ruleId == null ? DEFAULT_EXPIRY_DAYS
				: rules.find(ruleId).map(DistributionRule::expiryDays).orElse(DEFAULT_EXPIRY_DAYS);
	}

	private boolean exists(long ruleId, String key) {
		return jdbc.sql("select count(*) from survey_invitation where rule_id = :rule and subject_key = :key")
			.param("rule", ruleId)
			.param("key", key)
			.query(Long.class)
			.single() > 0;
	}

	private long insert(long surveyId, Long ruleId, TriggerKind trigger, InvitationSubject subject, Instant sendAt) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into survey_invitation (survey_id, rule_id, trigger_kind, subject_key, customer_id, ticket_id,
				    team_id, agent_id, status, send_at, created_at)
				values (:survey, :rule, :trigger, :key, :customer, :ticket, :team, :agent, 'PENDING', :sendAt, :now)""")
			.param("survey", surveyId)
			.param("rule", ruleId)
			.param("trigger", trigger.name())
			.param("key", subject.key())
			.param("customer", subject.customerId())
			.param("ticket", subject.ticketId())
			.param("team", subject.teamId())
			.param("agent", subject.agentId())
			.param("sendAt", Timestamps.utc(sendAt))
			.param("now", Timestamps.utc(clock.instant()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private Row row(long id) {
		return jdbc.sql("select id, rule_id, customer_id, ticket_id from survey_invitation where id = :id")
			.param("id", id)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getObject("rule_id", Long.class),
					rs.getObject("customer_id", Long.class), rs.getObject("ticket_id", Long.class)))
			.single();
	}

	private InvitationView view(ResultSet rs, int n) throws SQLException {
		String status = rs.getString("status");
		Instant expires = at(rs, "expires_at");
		if (InvitationStatus.SENT.name().equals(status) && expires != null && !expires.isAfter(clock.instant())) {
			status = "EXPIRED";
		}
		return new InvitationView(rs.getLong("id"), rs.getLong("survey_id"), rs.getObject("rule_id", Long.class),
				TriggerKind.valueOf(rs.getString("trigger_kind")), rs.getObject("customer_id", Long.class),
				rs.getObject("ticket_id", Long.class), rs.getObject("agent_id", Long.class), status,
				rs.getString("channel"), at(rs, "send_at"), at(rs, "sent_at"), expires,
				at(rs, "answered_at"), rs.getObject("response_id", Long.class));
	}

	static Instant at(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private record Row(long id, Long ruleId, Long customerId, Long ticketId) {
	}

}
