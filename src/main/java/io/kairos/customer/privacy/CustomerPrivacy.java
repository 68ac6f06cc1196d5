package io.kairos.customer.privacy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.CustomerDataContributor;
import io.kairos.customer.CustomerErased;
import io.kairos.customer.CustomerId;
import io.kairos.identity.AuditLog;
import io.kairos.shared.api.idempotency.IdempotentAnswers;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/**
 * The data subject's rights over their data (PIPL Art. 45 and 47): the export of everything Kairos holds about
 * one customer, and the erasure that anonymises it everywhere while keeping statistics. Each part of Kairos
 * holding customer data takes part through a {@link CustomerDataContributor}; audit rows carry ids only.
 */
@Service
public class CustomerPrivacy {

	private final List<CustomerDataContributor> contributors;

	private final IdempotentAnswers storedAnswers;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	CustomerPrivacy(List<CustomerDataContributor> contributors, JdbcClient jdbc, AuditLog audit,
			ApplicationEventPublisher events, IdempotentAnswers storedAnswers) {
		this.contributors = List.copyOf(contributors);
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.storedAnswers = storedAnswers;
	}

	/** Everything about one customer, contact data in full; audited as {@code customer.exported}. */
	@Transactional
	@PreAuthorize("hasAuthority('customer.export')")
	public SubjectExport export(long id) {
		erasedAt(id, false);
		CustomerId customer = new CustomerId(id);
		Map<String, Object> sections = new LinkedHashMap<>();
		for (CustomerDataContributor contributor : contributors) {
			Object part = contributor.export(customer);
			if (part != null) {
				sections.put(contributor.section(), part);
			}
		}
		audit.record("customer.exported", "customer", id, Map.of("sections", List.copyOf(sections.keySet())));
		return new SubjectExport(id, sections);
	}

	/**
	 * Anonymises the customer in every part, once. A customer already erased is left as it is and answered
	 * with {@code alreadyErased = true}; no second audit row is written, because nothing happened.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('customer.erase')")
	public Erasure erase(long id) {
		Optional<Instant> before = erasedAt(id, true);
		if (before.isPresent()) {
			return new Erasure(id, before.get(), true);
		}
		CustomerId customer = new CustomerId(id);
		contributors.forEach(contributor -> contributor.erase(customer));
		// A create retried with an Idempotency-Key keeps its answer (name, birthday ...) for a day: forget it too.
		storedAnswers.forgetAnswersAbout("/api/v1/customers/" + id);
		Instant erasedAt = erasedAt(id, false).orElseThrow(
				() -> new IllegalStateException("No contributor marked customer " + id + " as erased"));
		audit.record("customer.erased", "customer", id,
				Map.of("sections", contributors.stream().map(CustomerDataContributor::section).toList()));
		events.publishEvent(new CustomerErased(customer, erasedAt));
		return new Erasure(id, erasedAt, false);
	}

	/**
	 * When the customer was erased, empty while their data is held; 404 for an unknown customer. With
	 * {@code lock}, the row stays locked until the transaction ends, so two erasures of one customer queue.
	 */
	private Optional<Instant> erasedAt(long id, boolean lock) {
		List<Optional<Instant>> rows = jdbc.sql("select erased_at from customer where id = :id" + (lock ? " for update" : ""))
			.param("id", id)
			.query((rs, n) -> Optional.ofNullable(Timestamps.instant(rs.getObject(1, OffsetDateTime.class))))
			.list();
		if (rows.isEmpty()) {
			throw ProblemException.notFound("problem.customer.not-found");
		}
		return rows.get(0);
	}

	/** The subject export: one section per part of Kairos that holds data about the customer. */
	public record SubjectExport(long customerId, Map<String, Object> sections) {
	}

	/** The outcome of an erasure; {@code alreadyErased} when an earlier request had done it. */
	public record Erasure(long customerId, Instant erasedAt, boolean alreadyErased) {
	}

}
