package io.kairos.customer.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.CustomerDirectory;
import io.kairos.customer.CustomerId;
import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/**
 * Service contracts and warranties per customer (SPEC §1.4), and the ones expiring soon: active contracts whose
 * end date falls within the next N days (today included), soonest first, at most {@link #EXPIRING_LIMIT}.
 */
@Service
public class Contracts {

	static final int MAX_DAYS = 366;

	static final int EXPIRING_LIMIT = 500;

	private static final String COLUMNS = """
			select k.id, k.customer, c.name, k.kind, k.title, k.coverage, k.starts_on, k.ends_on, k.status, k.created_at
			from customer_contract k join customer c on c.id = k.customer""";

	private final JdbcClient jdbc;

	private final CustomerDirectory directory;

	private final AuditLog audit;

	private final Clock clock;

	private final ZoneId zone;

	private final int defaultDays;

	Contracts(JdbcClient jdbc, CustomerDirectory directory, AuditLog audit, Clock clock,
			@Value("${kairos.default-time-zone:Asia/Shanghai}") String zone,
			@Value("${kairos.contracts.expiring-days:30}") int defaultDays) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
		this.defaultDays = defaultDays;
	}

	@Transactional
	public ContractView add(long customer, NewContract contract) {
		requireCustomer(customer);
		if (contract.endsOn().isBefore(contract.startsOn())) {
			throw ProblemException.invalid("endsOn", "problem.contract.ends-before-start");
		}
		Instant now = clock.instant();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into customer_contract (customer, kind, title, coverage, starts_on, ends_on, status, version, created_at)
				values (:customer, :kind, :title, :coverage, :startsOn, :endsOn, 'ACTIVE', 0, :at)""")
			.param("customer", customer)
			.param("kind", contract.kind().name())
			.param("title", contract.title().strip())
			.param("coverage", contract.coverage().strip())
			.param("startsOn", contract.startsOn())
			.param("endsOn", contract.endsOn())
			.param("at", Timestamps.utc(now))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		audit.record("customer.contract.added", "customer", customer, Map.of("contract", id, "kind", contract.kind().name()));
		return jdbc.sql(COLUMNS + " where k.id = :id").param("id", id).query(this::row).single();
	}

	@Transactional(readOnly = true)
	public List<ContractView> of(long customer) {
		requireCustomer(customer);
		return jdbc.sql(COLUMNS + " where k.customer = :customer order by k.ends_on desc, k.id desc")
			.param("customer", customer)
			.query(this::row)
			.list();
	}

	/** Active contracts ending within {@code days} days from today (the configured default when null). */
	@Transactional(readOnly = true)
	public List<ContractView> expiring(Integer days) {
		int within = days == null ? defaultDays : days;
		if (within < 0 || within > MAX_DAYS) {
			throw ProblemException.invalid("days", "problem.contract.days", 0, MAX_DAYS);
		}
		LocalDate today = today();
		return jdbc.sql(COLUMNS + """
				 where k.status = 'ACTIVE' and k.ends_on >= :today and k.ends_on <= :until
				order by k.ends_on, k.id limit :limit""")
			.param("today", today)
			.param("until", today.plusDays(within))
			.param("limit", EXPIRING_LIMIT)
			.query(this::row)
			.list();
	}

	public int defaultDays() {
		return defaultDays;
	}

	private ContractView row(ResultSet rs, int n) throws SQLException {
		LocalDate endsOn = rs.getObject("ends_on", LocalDate.class);
		return new ContractView(rs.getLong("id"), rs.getLong("customer"), rs.getString("name"),
				ContractKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("coverage"),
				rs.getObject("starts_on", LocalDate.class), endsOn, rs.getString("status"), endsOn.isBefore(today()),
				Timestamps.instant(rs.getObject("created_at", OffsetDateTime.class)));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	private void requireCustomer(long customer) {
		if (customer <= 0 || directory.findSummary(new CustomerId(customer)).isEmpty()) {
			throw ProblemException.notFound("problem.customer.not-found");
		}
	}

}
