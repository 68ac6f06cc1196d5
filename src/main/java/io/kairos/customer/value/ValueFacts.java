package io.kairos.customer.value;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.paging.Keyset;
import io.kairos.shared.time.Timestamps;

/** Records value facts (purchases, refunds, holdings) of a customer; each one is audited. */
@Service
public class ValueFacts {

	static final String DEFAULT_CURRENCY = "CNY";

	/** numeric(14, 2): twelve digits before the point. */
	private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final ZoneId zone;

	ValueFacts(JdbcClient jdbc, AuditLog audit, Clock clock,
			@Value("${kairos.default-time-zone:Asia/Shanghai}") String zone) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	@Transactional
	public ValueFactView record(long customer, NewValueFact fact) {
		Checked checked = check(fact);
		BigDecimal amount = checked.amount();
		LocalDate occurredOn = checked.occurredOn();
		ValueKind kind = checked.kind();
		String currency = checked.currency();
		if (jdbc.sql("select count(*) from customer where id = :id").param("id", customer).query(Long.class).single() == 0) {
			throw ProblemException.notFound("problem.customer.not-found");
		}
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into customer_value (customer, amount, currency, occurred_on, kind, recorded_at)
				values (:customer, :amount, :currency, :occurredOn, :kind, :at)""")
			.param("customer", customer)
			.param("amount", amount)
			.param("currency", currency)
			.param("occurredOn", occurredOn)
			.param("kind", kind.name())
			.param("at", Timestamps.utc(clock.instant()))
			.update(key, "id");
		long id = key.getKey().longValue();
		audit.record("customer.value.recorded", "customer", customer, Map.of("kind", kind.name(), "fact", id));
		return new ValueFactView(id, customer, amount, currency, occurredOn, kind);
	}

	/**
	 * Applies the rules of {@link #record} to a fact and stores nothing: throws the {@link ProblemException} that
	 * {@code record} would throw (the customer aside). Not transactional, so a refusal never marks a caller's
	 * transaction for rollback.
	 */
	public void validate(NewValueFact fact) {
		check(fact);
	}

	private Checked check(NewValueFact fact) {
		BigDecimal amount = amount(fact.amount());
		LocalDate occurredOn = occurredOn(fact.occurredOn());
		ValueKind kind = ValueKind.parse(fact.kind())
			.orElseThrow(() -> ProblemException.invalid("kind", "validation.value.kind"));
		String currency = fact.currency() == null ? DEFAULT_CURRENCY : fact.currency();
		if (!CURRENCY.matcher(currency).matches()) {
			throw ProblemException.invalid("currency", "validation.value.currency");
		}
		return new Checked(amount, occurredOn, kind, currency);
	}

	private record Checked(BigDecimal amount, LocalDate occurredOn, ValueKind kind, String currency) {
	}

	/** A customer's facts, newest recorded first. */
	@Transactional(readOnly = true)
	public Keyset.Page<ValueFactView> list(long customer, Keyset keyset) {
		if (jdbc.sql("select count(*) from customer where id = :id").param("id", customer).query(Long.class).single() == 0) {
			throw ProblemException.notFound("problem.customer.not-found");
		}
		String after = keyset.after() == null ? "" : " and id < :after";
		return keyset.page(jdbc.sql("""
				select id, customer, amount, currency, occurred_on, kind from customer_value
				where customer = :customer%s order by id desc limit :limit""".formatted(after))
			.param("customer", customer)
			.param("after", keyset.after() == null ? 0L : keyset.after())
			.param("limit", keyset.fetchSize())
			.query((rs, n) -> new ValueFactView(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), ValueKind.valueOf(rs.getString(6))))
			.list(), ValueFactView::id);
	}

	private static BigDecimal amount(BigDecimal amount) {
		if (amount == null) {
			throw ProblemException.invalid("amount", "validation.required");
		}
		if (amount.signum() == 0) {
			throw ProblemException.invalid("amount", "validation.value.amount-zero");
		}
		if (amount.stripTrailingZeros().scale() > 2 || amount.abs().compareTo(LIMIT) >= 0) {
			throw ProblemException.invalid("amount", "validation.value.amount-format");
		}
		return amount.setScale(2);
	}

	private LocalDate occurredOn(String text) {
		if (text == null || text.isBlank()) {
			throw ProblemException.invalid("occurredOn", "validation.required");
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADate) {
			throw ProblemException.invalid("occurredOn", "validation.value.date");
		}
		if (date.isAfter(LocalDate.now(clock.withZone(zone)))) {
			throw ProblemException.invalid("occurredOn", "validation.value.date-future");
		}
		if (date.getYear() < 1900) {
			throw ProblemException.invalid("occurredOn", "validation.value.date");
		}
		return date;
	}

}
