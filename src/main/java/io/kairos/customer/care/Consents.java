package io.kairos.customer.care;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.CustomerConsentChanged;
import io.kairos.customer.CustomerDirectory;
import io.kairos.customer.CustomerId;
import io.kairos.customer.profile.Channel;
import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/** Consent per channel: the current state per customer and channel; every change is audited and published. */
@Service
public class Consents {

	private final JdbcClient jdbc;

	private final CustomerDirectory directory;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	Consents(JdbcClient jdbc, CustomerDirectory directory, AuditLog audit, ApplicationEventPublisher events,
			java.time.Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Consent record(long customer, Channel channel, ConsentChange change) {
		requireCustomer(customer);
		Instant now = clock.instant();
		String source = change.source().name();
		jdbc.sql("""
				merge into customer_consent k
				using (values (cast(:customer as bigint), cast(:channel as varchar(16)))) as v (customer, channel)
				on k.customer = v.customer and k.channel = v.channel
				when matched then update set status = :status, source = :source, changed_at = :at
				when not matched then insert (customer, channel, status, source, changed_at)
				     values (v.customer, v.channel, :status, :source, :at)""")
			.param("customer", customer)
			.param("channel", channel.name())
			.param("status", change.status().name())
			.param("source", source)
			.param("at", Timestamps.utc(now))
			.update();
		audit.record("customer.consent.changed", "customer", customer,
				Map.of("channel", channel.name(), "status", change.status().name(), "source", source));
		events.publishEvent(new CustomerConsentChanged(new CustomerId(customer), channel.name(),
				change.status() == ConsentStatus.GRANTED, source, now));
		return new Consent(channel.name(), change.status(), change.source(), now);
	}

	@Transactional(readOnly = true)
	public List<Consent> of(long customer) {
		requireCustomer(customer);
		return jdbc.sql("select channel, status, source, changed_at from customer_consent where customer = :customer order by channel")
			.param("customer", customer)
			.query((rs, n) -> new Consent(rs.getString("channel"), ConsentStatus.valueOf(rs.getString("status")),
					ConsentSource.valueOf(rs.getString("source")), Timestamps.instant(rs.getObject("changed_at", OffsetDateTime.class))))
			.list();
	}

	private void requireCustomer(long customer) {
		if (customer <= 0 || directory.findSummary(new CustomerId(customer)).isEmpty()) {
			throw ProblemException.notFound("problem.customer.not-found");
		}
	}

}
