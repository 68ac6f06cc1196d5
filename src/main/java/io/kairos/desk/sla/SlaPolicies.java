package io.kairos.desk.sla;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.kairos.desk.BusinessCalendars;
import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketType;
import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;

/**
 * The ordered SLA policies: listed, created, changed and reordered by administrators (audited), and matched
 * against tickets by the SLA clocks.
 */
@Service
public class SlaPolicies {

	/** A tier code of the customer ladder (DIAMOND, GOLD …). */
	private static final Pattern TIER = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

	/** A target longer than a year of working time is a typing mistake. */
	static final int MAX_MINUTES = 525_600;

	/** Other nodes see a change of the policies within this time; this node at once. */
	static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

	private final SlaPolicyRepository policies;

	private final BusinessCalendars calendars;

	private final AuditLog audit;

	private final Clock clock;

	private final BigDecimal defaultWarningShare;

	/** The ordered policies, read by every ticket change and every SLA scan: cached like the calendars. */
	private volatile Cached cached;

	SlaPolicies(SlaPolicyRepository policies, BusinessCalendars calendars, AuditLog audit, Clock clock,
			@Value("${kairos.sla.warning-share:0.75}") BigDecimal defaultWarningShare) {
		this.policies = policies;
		this.calendars = calendars;
		this.audit = audit;
		this.clock = clock;
		this.defaultWarningShare = defaultWarningShare;
	}

	@Transactional(readOnly = true)
	public List<SlaPolicy> list() {
		Instant now = clock.instant();
		Cached current = cached;
		if (current != null && !now.isAfter(current.loadedAt().plus(TIME_TO_LIVE))) {
			return current.policies();
		}
		List<SlaPolicy> loaded = List.copyOf(policies.all());
		cached = new Cached(loaded, now);
		return loaded;
	}

	@Transactional(readOnly = true)
	public SlaPolicy get(long id) {
		return policies.find(id).orElseThrow(() -> ProblemException.notFound("problem.sla.not-found", id));
	}

	/** The first policy in order that matches a ticket with these attributes. */
	@Transactional(readOnly = true)
	public Optional<SlaPolicy> matching(String tier, TicketType type, TicketPriority priority, TicketChannel channel) {
		return SlaSchedule.match(list(), tier, type, priority, channel);
	}

	/** The policy's warning share, else the global one ({@code kairos.sla.warning-share}). */
	public double warningShare(SlaPolicy policy) {
		return (policy.warningShare() != null ? policy.warningShare() : defaultWarningShare).doubleValue();
	}

	public BigDecimal defaultWarningShare() {
		return defaultWarningShare;
	}

	/** A new policy, placed last. */
	@Transactional
	public SlaPolicy create(SlaPolicyCommand command) {
		SlaPolicyCommand valid = validated(command);
		changed();
		long id = policies.insert(valid, clock.instant());
		audit.record("sla.policy.created", "sla_policy", id, detail(valid));
		return get(id);
	}

	@Transactional
	public SlaPolicy update(long id, long expectedVersion, SlaPolicyCommand command) {
		get(id);
		SlaPolicyCommand valid = validated(command);
		changed();
		if (!policies.update(id, expectedVersion, valid, clock.instant())) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		audit.record("sla.policy.changed", "sla_policy", id, detail(valid));
		return get(id);
	}

	/** The new order: every policy's id exactly once, first match first. */
	@Transactional
	public List<SlaPolicy> reorder(List<Long> ids) {
		List<SlaPolicy> all = policies.all();
		if (ids == null || ids.size() != all.size() || !new HashSet<>(ids).equals(
				new HashSet<>(all.stream().map(SlaPolicy::id).toList()))) {
			throw ProblemException.invalid("ids", "problem.sla.order");
		}
		changed();
		Instant now = clock.instant();
		for (int position = 0; position < ids.size(); position++) {
			long id = ids.get(position);
			int target = position;
			if (all.stream().anyMatch(p -> p.id() == id && p.position() != target)) {
				policies.move(id, position, now);
			}
		}
		audit.record("sla.policy.reordered", "sla_policy", null, Map.of("order", ids));
		return policies.all();
	}

	/** Moves one policy a place up (earlier) or down. */
	@Transactional
	public List<SlaPolicy> move(long id, boolean up) {
		List<Long> order = new ArrayList<>(policies.all().stream().map(SlaPolicy::id).toList());
		int index = order.indexOf(id);
		if (index < 0) {
			throw ProblemException.notFound("problem.sla.not-found", id);
		}
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= order.size()) {
			return policies.all();
		}
		Collections.swap(order, index, other);
		return reorder(order);
	}

	/** Drops the cached list now and again once the change commits, so no reader keeps the old order. */
	private void changed() {
		cached = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					cached = null;
				}
			});
		}
	}

	private record Cached(List<SlaPolicy> policies, Instant loadedAt) {
	}

	private SlaPolicyCommand validated(SlaPolicyCommand c) {
		if (c == null) {
			throw ProblemException.invalid("nameEn", "validation.required");
		}
		name("nameEn", c.nameEn());
		name("nameZh", c.nameZh());
		String tier = c.customerTier() == null || c.customerTier().isBlank() ? null : c.customerTier().strip();
		if (tier != null && !TIER.matcher(tier).matches()) {
			throw ProblemException.invalid("customerTier", "problem.sla.tier");
		}
		minutes("firstResponseMinutes", c.firstResponseMinutes());
		minutes("nextResponseMinutes", c.nextResponseMinutes());
		minutes("resolutionMinutes", c.resolutionMinutes());
		minutes("callbackMinutes", c.callbackMinutes());
		if (c.firstResponseMinutes() == null && c.nextResponseMinutes() == null && c.resolutionMinutes() == null
				&& c.callbackMinutes() == null) {
			throw ProblemException.invalid("firstResponseMinutes", "problem.sla.no-target");
		}
		if (c.calendarId() != null) {
			try {
				calendars.get(c.calendarId());
			}
			catch (ProblemException missing) {
				throw ProblemException.invalid("calendarId", "problem.sla.calendar", c.calendarId());
			}
		}
		if (c.warningShare() != null && (c.warningShare().signum() <= 0 || c.warningShare().compareTo(BigDecimal.ONE) >= 0
				|| c.warningShare().scale() > 3)) {
			throw ProblemException.invalid("warningShare", "problem.sla.warning-share");
		}
		if (c.breachActions() != null && c.breachActions().contains(null)) {
			throw ProblemException.invalid("breachActions", "problem.sla.action");
		}
		return new SlaPolicyCommand(c.nameEn().strip(), c.nameZh().strip(), tier, c.type(), c.priority(), c.channel(),
				c.firstResponseMinutes(), c.nextResponseMinutes(), c.resolutionMinutes(), c.callbackMinutes(),
				c.calendarId(), c.warningShare(), c.breachActions() == null ? List.of() : c.breachActions());
	}

	private static void name(String field, String value) {
		if (value == null || value.isBlank()) {
			throw ProblemException.invalid(field, "validation.required");
		}
		if (value.strip().length() > 100 || value.chars().anyMatch(Character::isISOControl)) {
			throw ProblemException.invalid(field, "problem.sla.name");
		}
	}

	private static void minutes(String field, Integer value) {
		if (value != null && (value < 1 || value > MAX_MINUTES)) {
			throw ProblemException.invalid(field, "problem.sla.minutes", MAX_MINUTES);
		}
	}

	private static Map<String, Object> detail(SlaPolicyCommand c) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("nameEn", c.nameEn());
		detail.put("customerTier", c.customerTier());
		detail.put("type", c.type());
		detail.put("priority", c.priority());
		detail.put("channel", c.channel());
		detail.put("firstResponseMinutes", c.firstResponseMinutes());
		detail.put("nextResponseMinutes", c.nextResponseMinutes());
		detail.put("resolutionMinutes", c.resolutionMinutes());
		detail.put("callbackMinutes", c.callbackMinutes());
		detail.put("calendarId", c.calendarId());
		detail.put("warningShare", c.warningShare());
		detail.put("breachActions", c.breachActions());
		return detail;
	}

}
