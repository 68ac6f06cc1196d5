package io.kairos.customer.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.identity.AuditLog;
import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;
import io.kairos.shared.time.Timestamps;

/**
 * Loads {@code kairos.demo-data.customers} generated customers (2,000 by default) once, into an empty
 * customer table, in JDBC batches. Runs only when {@code kairos.demo-data.enabled=true}.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("kairos.demo-data.enabled")
class DemoCustomers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCustomers.class);

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	private final int count;

	private final Clock clock;

	private final ZoneId zone;

	private final StaffDirectory staff;

	DemoCustomers(JdbcTemplate jdbc, TransactionTemplate transaction, AuditLog audit,
			@Value("${kairos.demo-data.customers:2000}") int count, Clock clock,
			@Value("${kairos.default-time-zone:Asia/Shanghai}") String zone, StaffDirectory staff) {
		this.staff = staff;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.audit = audit;
		this.count = count;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer existing = jdbc.queryForObject("select count(*) from customer", Integer.class);
		if (count <= 0 || existing == null || existing > 0) {
			return;
		}
		List<DemoCustomer> customers = new DemoCustomerGenerator(DemoCustomerGenerator.DEFAULT_SEED).next(count);
		transaction.executeWithoutResult(status -> {
			insertCustomers(customers);
			Map<String, Long> ids = idsByMobile();
			insertChannelsAndTags(customers, ids);
			insertValues(customers, ids);
			assignAccountManagers();
			audit.recordAs("system", "customer.demo-data.loaded", "customer", null, Map.of("customers", count));
		});
		log.info("Loaded {} demo customers", count);
	}

	private void insertCustomers(List<DemoCustomer> customers) {
		List<Object[]> rows = new ArrayList<>(customers.size());
		for (DemoCustomer c : customers) {
			rows.add(new Object[] { c.name(), c.gender().name(), c.birthday(), c.province(), c.city(), c.mobile(),
					c.email(), c.idNumber(), c.kind().name(), c.tier(), c.stage().name(), Timestamps.utc(c.createdAt()),
					Timestamps.utc(c.createdAt()) });
		}
		for (int from = 0; from < rows.size(); from += BATCH) {
			jdbc.batchUpdate("""
					insert into customer (name, gender, birthday, province, city, mobile, email, id_number, kind, tier,
					                      stage, version, created_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""",
					rows.subList(from, Math.min(from + BATCH, rows.size())));
		}
	}

	/** Value facts for the tiers and analytics, reproducible for the day they are loaded on. */
	private void insertValues(List<DemoCustomer> customers, Map<String, Long> ids) {
		List<Object[]> rows = new ArrayList<>();
		Object recordedAt = Timestamps.utc(clock.instant());
		for (DemoValueGenerator.Fact fact : new DemoValueGenerator(DemoValueGenerator.DEFAULT_SEED,
				LocalDate.now(clock.withZone(zone)), zone).facts(customers)) {
			rows.add(new Object[] { ids.get(customers.get(fact.index()).mobile()), fact.amount(), fact.occurredOn(),
					fact.kind(), recordedAt });
		}
		for (int from = 0; from < rows.size(); from += BATCH) {
			jdbc.batchUpdate("""
					insert into customer_value (customer, amount, occurred_on, kind, recorded_at)
					values (?, ?, ?, ?, ?)""", rows.subList(from, Math.min(from + BATCH, rows.size())));
		}
	}

	/**
	 * Diamond customers are looked after by an account manager (SPEC §1): in the demo, half of them by the demo
	 * {@code manager}, a quarter by the demo {@code agent}, the rest by no one yet.
	 */
	private void assignAccountManagers() {
		staff.findByUsername("manager").map(StaffMember::id).ifPresent(manager -> jdbc.update(
				"update customer set account_manager_id = ? where tier = 'DIAMOND' and mod(id, 2) = 0", manager));
		staff.findByUsername("agent").map(StaffMember::id).ifPresent(agent -> jdbc.update(
				"update customer set account_manager_id = ? where tier = 'DIAMOND' and mod(id, 4) = 1", agent));
	}

	private Map<String, Long> idsByMobile() {
		Map<String, Long> ids = new HashMap<>();
		jdbc.query("select id, mobile from customer", rs -> {
			ids.put(rs.getString(2), rs.getLong(1));
		});
		return ids;
	}

	private void insertChannelsAndTags(List<DemoCustomer> customers, Map<String, Long> ids) {
		List<Object[]> channels = new ArrayList<>();
		List<Object[]> tags = new ArrayList<>();
		for (DemoCustomer c : customers) {
			long id = ids.get(c.mobile());
			for (int position = 0; position < c.channels().size(); position++) {
				channels.add(new Object[] { id, position, c.channels().get(position).name() });
			}
			c.tags().forEach(tag -> tags.add(new Object[] { id, tag }));
		}
		jdbc.batchUpdate("insert into customer_channel (customer, position, channel) values (?, ?, ?)", channels);
		jdbc.batchUpdate("insert into customer_tag (customer, tag) values (?, ?)", tags);
	}

}
