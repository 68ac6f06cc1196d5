package io.kairos.customer.care;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.CustomerDirectory;
import io.kairos.customer.CustomerId;
import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/** Personality types and reception hints (data, editable), and each customer's type; changes are audited. */
@Service
public class Personalities {

	private final JdbcClient jdbc;

	private final CustomerDirectory directory;

	private final AuditLog audit;

	private final Clock clock;

	Personalities(JdbcClient jdbc, CustomerDirectory directory, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<PersonalityType> types() {
		return jdbc.sql("select * from personality_type order by position")
			.query((rs, n) -> new PersonalityType(rs.getString("code"), rs.getString("name_en"), rs.getString("name_zh"),
					rs.getString("strategy_en"), rs.getString("strategy_zh"), rs.getLong("version")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<ReceptionHint> hints() {
		return jdbc.sql("select * from reception_hint order by position")
			.query((rs, n) -> new ReceptionHint(rs.getString("code"), rs.getString("situation_en"),
					rs.getString("situation_zh"), rs.getString("hint_en"), rs.getString("hint_zh"), rs.getLong("version")))
			.list();
	}

	@Transactional(readOnly = true)
	public PersonalityType type(String code) {
		return types().stream()
			.filter(type -> type.code().equals(code))
			.findFirst()
			.orElseThrow(() -> ProblemException.notFound("problem.personality.not-found"));
	}

	/** Changes a type's names and strategy; {@code expectedVersion} guards against overwriting another change. */
	@Transactional
	public PersonalityType change(String code, long expectedVersion, PersonalityTypeChange change) {
		type(code);
		int updated = jdbc.sql("""
				update personality_type set name_en = :nameEn, name_zh = :nameZh, strategy_en = :strategyEn,
				       strategy_zh = :strategyZh, version = version + 1
				where code = :code and version = :version""")
			.param("nameEn", change.nameEn().strip())
			.param("nameZh", change.nameZh().strip())
			.param("strategyEn", change.strategyEn().strip())
			.param("strategyZh", change.strategyZh().strip())
			.param("code", code)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		audit.record("personality-type.updated", "personality-type", code, Map.of());
		return type(code);
	}

	@Transactional(readOnly = true)
	public Optional<PersonalityType> of(long customer) {
		requireCustomer(customer);
		return jdbc.sql("select type from customer_personality where customer = :customer")
			.param("customer", customer)
			.query(String.class)
			.optional()
			.map(this::type);
	}

	/** Sets (or with a null type, clears) a customer's personality type. */
	@Transactional
	public Optional<PersonalityType> set(long customer, PersonalityChoice choice) {
		requireCustomer(customer);
		String code = choice.type() == null || choice.type().isBlank() ? null : choice.type().strip();
		if (code != null && types().stream().noneMatch(type -> type.code().equals(code))) {
			throw ProblemException.invalid("type", "problem.personality.unknown");
		}
		jdbc.sql("delete from customer_personality where customer = :customer").param("customer", customer).update();
		if (code != null) {
			jdbc.sql("""
					insert into customer_personality (customer, type, set_at, set_by)
					values (:customer, :type, :at, :by)""")
				.param("customer", customer)
				.param("type", code)
				.param("at", Timestamps.utc(clock.instant()))
				.param("by", actor())
				.update();
		}
		Map<String, Object> detail = new HashMap<>();
		detail.put("type", code == null ? "none" : code);
		audit.record("customer.personality.set", "customer", customer, detail);
		return code == null ? Optional.empty() : Optional.of(type(code));
	}

	private void requireCustomer(long customer) {
		if (customer <= 0 || directory.findSummary(new CustomerId(customer)).isEmpty()) {
			throw ProblemException.notFound("problem.customer.not-found");
		}
	}

	private static String actor() {
		var who = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return who == null ? "system" : who.getName();
	}

}
