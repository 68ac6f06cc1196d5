package io.kairos.analytics.report;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import io.kairos.analytics.dashboard.DashboardFilter;
import io.kairos.analytics.dashboard.DashboardKind;
import io.kairos.analytics.dashboard.DashboardView;
import io.kairos.analytics.dashboard.Dashboards;
import io.kairos.analytics.dashboard.Viewer;
import io.kairos.identity.AuditLog;
import io.kairos.identity.StaffContacts;
import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;
import io.kairos.messaging.NotificationResult;
import io.kairos.messaging.StaffMail;
import io.kairos.messaging.StaffMessage;
import io.kairos.shared.api.ProblemException;

/**
 * Scheduled e-mail reports: staff subscribe to a dashboard they may see, daily or weekly at an hour of their time
 * zone; {@link #sendDue} mails each due report once per period through the messaging outbox. The period is claimed
 * (a row per subscription and period) in the same transaction that queues the mail, so a crash before the commit
 * leaves the report due and a crash after it leaves the mail in the outbox, which delivers it.
 */
@Service
public class ScheduledReports {

	private static final Logger log = LoggerFactory.getLogger(ScheduledReports.class);

	/** Enough for any person's set of reports; more is a mistake. */
	static final int MAX_PER_PERSON = 20;

	private final ReportSubscriptionRepository subscriptions;

	private final Dashboards dashboards;

	private final ReportMail mail;

	private final StaffMail staffMail;

	private final StaffDirectory staff;

	private final StaffContacts contacts;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String baseUrl;

	ScheduledReports(ReportSubscriptionRepository subscriptions, Dashboards dashboards, ReportMail mail,
			StaffMail staffMail, StaffDirectory staff, StaffContacts contacts, AuditLog audit,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${kairos.base-url:http://localhost:8080}") String baseUrl) {
		this.subscriptions = subscriptions;
		this.dashboards = dashboards;
		this.mail = mail;
		this.staffMail = staffMail;
		this.staff = staff;
		this.contacts = contacts;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@Transactional(readOnly = true)
	public List<ReportSubscription> of(long staffMember) {
		return subscriptions.of(staffMember);
	}

	@Transactional
	public long subscribe(long staffMember, NewSubscription request) {
		StaffMember member = staff.find(staffMember).orElseThrow(() -> ProblemException.notFound("problem.analytics.report.not-found"));
		DashboardKind kind = DashboardKind.parse(request.dashboard())
			.filter(found -> DashboardKind.forRoles(member.roles()).contains(found))
			.orElseThrow(() -> ProblemException.invalid("dashboard", "problem.analytics.report.dashboard"));
		ReportFrequency frequency = parse(ReportFrequency.class, request.frequency(), "frequency");
		if (request.hour() == null || request.hour() < 0 || request.hour() > 23) {
			throw ProblemException.invalid("hour", "problem.analytics.report.hour");
		}
		DayOfWeek weekday = DayOfWeek.MONDAY;
		if (frequency == ReportFrequency.WEEKLY) {
			weekday = parse(DayOfWeek.class, request.weekday(), "weekday");
		}
		String zone = request.timeZone();
		try {
			zone = ZoneId.of(zone == null ? "" : zone.strip()).getId();
		}
		catch (DateTimeException unknown) {
			throw ProblemException.invalid("timeZone", "problem.analytics.report.time-zone");
		}
		if (subscriptions.of(staffMember).size() >= MAX_PER_PERSON) {
			throw ProblemException.conflict("problem.analytics.report.too-many", MAX_PER_PERSON);
		}
		long id = subscriptions.insert(staffMember, kind, frequency, request.hour(), weekday, zone, clock.instant());
		audit.record("analytics.report.subscribed", "report-subscription", id,
				Map.of("dashboard", kind.code(), "frequency", frequency.name()));
		return id;
	}

	@Transactional
	public void unsubscribe(long staffMember, long id) {
		if (!subscriptions.delete(id, staffMember)) {
			throw ProblemException.notFound("problem.analytics.report.not-found");
		}
		audit.record("analytics.report.unsubscribed", "report-subscription", id, Map.of());
	}

	/** Sends every report due now that was not sent for its period; answers how many were queued. */
	public int sendDue() {
		Instant now = clock.instant();
		int sent = 0;
		for (ReportSubscription subscription : transaction.execute(status -> subscriptions.all())) {
			Optional<ReportSchedule.Period> period = subscription.schedule().dueAt(now);
			// A new subscription starts with the next due moment, not with one that passed before it existed.
			if (period.isEmpty() || period.get().due().isBefore(subscription.createdAt())
					|| subscriptions.dispatched(subscription.id(), period.get().code())) {
				continue;
			}
			try {
				Boolean queued = transaction.execute(status -> send(subscription, period.get(), now));
				sent += Boolean.TRUE.equals(queued) ? 1 : 0;
			}
			catch (RuntimeException failure) {
				// One broken report must not hold back the others; it stays due and is tried again next time.
				log.warn("Scheduled report {} for {} failed: {}", subscription.id(), period.get().code(),
						failure.toString());
			}
		}
		return sent;
	}

	private boolean send(ReportSubscription subscription, ReportSchedule.Period period, Instant now) {
		Optional<StaffMember> member = staff.find(subscription.staffMember()).filter(StaffMember::enabled);
		if (member.isEmpty() || !DashboardKind.forRoles(member.get().roles()).contains(subscription.dashboard())
				|| !subscriptions.claim(subscription.id(), period.code(), now)) {
			return false;
		}
		Locale locale = contacts.find(subscription.staffMember())
			.map(StaffContacts.StaffContact::language)
			.map(Locale::forLanguageTag)
			.orElse(Locale.ENGLISH);
		DashboardFilter filter = DashboardFilter.period(period.from(), period.to());
		DashboardView view = dashboards.view(subscription.dashboard(),
				filter, new Viewer(subscription.staffMember(), member.get().roles(), locale));
		String link = UriComponentsBuilder.fromUriString(baseUrl)
			.path("/analytics/dashboard/" + subscription.dashboard().code())
			.queryParam("from", period.from())
			.queryParam("to", period.to())
			.toUriString();
		NotificationResult result = staffMail.request(new StaffMessage("analytics.report", subscription.staffMember(),
				mail.subject(view, period, locale), mail.text(view, link, locale), mail.html(view, link, locale),
				"report-subscription:" + subscription.id(), "report:" + subscription.id() + ":" + period.code()));
		if (result.messageId() != null) {
			subscriptions.recordMessage(subscription.id(), period.code(), result.messageId());
		}
		return result.queued();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
		try {
			return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw ProblemException.invalid(field, "problem.analytics.report." + field);
		}
	}

	/** A subscription as asked for on the page: codes as typed, checked by {@link #subscribe}. */
	public record NewSubscription(String dashboard, String frequency, Integer hour, String weekday, String timeZone) {
	}

}
