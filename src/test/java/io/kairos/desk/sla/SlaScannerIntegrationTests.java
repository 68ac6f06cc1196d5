package io.kairos.desk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.kairos.KairosApplication;
import io.kairos.desk.DeskTestData;
import io.kairos.desk.SlaBreached;
import io.kairos.desk.SlaTarget;
import io.kairos.desk.SlaWarningReached;
import io.kairos.desk.TicketEscalated;
import io.kairos.identity.StaffDirectory;
import io.kairos.shared.time.Timestamps;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * TESTING.md F-07 for SLA alerts: two application nodes on one database scan at the same moment, bypassing the
 * scheduler lock, and every warning and breach is still raised exactly once.
 */
@KairosIntegrationTest
class SlaScannerIntegrationTests {

	static final int TICKETS = 6;

	@LocalServerPort
	int port;

	@Autowired
	ConfigurableApplicationContext nodeA;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffDirectory staff;

	@Test
	void twoAppNodesRunningTheScannerAgainstOneDatabaseEmitEachWarningAndBreachExactlyOnce() throws Exception {
		// The scheduled scans keep out while the test holds their lock; the test's own scans bypass it.
		holdSchedulerLock(Instant.now().plus(Duration.ofHours(1)));
		List<Long> ids = new CopyOnWriteArrayList<>();
		Counter counter = new Counter(ids);
		nodeA.addApplicationListener(counter);
		try {
			scanConcurrently(ids, counter);
		}
		finally {
			nodeA.removeApplicationListener(counter);
			holdSchedulerLock(Instant.now());
		}
	}

	private void scanConcurrently(List<Long> ids, Counter counter) throws Exception {
		Http http = new Http(port);
		String agent = DeskTestData.token(http, "agent");
		long supervisor = staff.findByUsername("supervisor").orElseThrow().id();
		long team = DeskTestData.team(http, "SLA 扫描组 " + System.nanoTime(), supervisor);
		long calendar = SlaTestPolicies.alwaysCalendar(http);
		SlaTestPolicies.firstPolicy(http, """
				{"nameEn":"Field praise","nameZh":"上门表扬","type":"PRAISE","channel":"FIELD_VISIT",
				 "firstResponseMinutes":10,"resolutionMinutes":60,"calendarId":%d,
				 "breachActions":["NOTIFY","ESCALATE","RAISE_PRIORITY"]}""".formatted(calendar));

		// Tickets opened two hours ago: both targets are past their warning share and their due time.
		for (int i = 0; i < TICKETS; i++) {
			JsonNode ticket = DeskTestData.open(http, agent, "超时 " + i,
					"\"type\":\"PRAISE\",\"channel\":\"FIELD_VISIT\",\"teamId\":" + team);
			long id = ticket.get("id").asLong();
			jdbc.sql("update ticket set created_at = :created where id = :id")
				.param("created", Timestamps.utc(Instant.parse(ticket.get("createdAt").asString()).minus(Duration.ofHours(2))))
				.param("id", id)
				.update();
			JsonNode recomputed = Http.json(SlaTestPolicies.patch(http, "/api/v1/tickets/" + id, agent,
					"{\"tags\":[\"sla-scan\"]}").body());
			assertThat(Instant.parse(recomputed.get("sla").get("resolutionDue").asString())).isBefore(Instant.now());
			ids.add(id);
		}

		Environment environment = nodeA.getEnvironment();
		ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(KairosApplication.class).profiles("test")
			.properties("server.port=0", "spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
					"spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
					"spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
					"kairos.demo-data.enabled=false", "kairos.sla.scan-initial-delay=PT1H",
					"spring.modulith.events.republish-outstanding-events-on-restart=false")
			.run();
		nodeB.addApplicationListener(counter);
		try {
			SlaAlerts scannerA = nodeA.getBean(SlaAlerts.class);
			SlaAlerts scannerB = nodeB.getBean(SlaAlerts.class);
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				List<Future<Integer>> runs = List.of(pool.submit(() -> {
					start.await();
					return scannerA.scan();
				}), pool.submit(() -> {
					start.await();
					return scannerB.scan();
				}));
				start.countDown();
				for (Future<Integer> run : runs) {
					run.get(2, TimeUnit.MINUTES);
				}
			}
			finally {
				pool.shutdown();
			}
			// A breach whose action lost a race on the ticket row is deferred, not lost: later passes raise it.
			for (int pass = 0; pass < 5 && counter.total() < TICKETS * 4; pass++) {
				(pass % 2 == 0 ? scannerA : scannerB).scan();
			}
			scannerA.scan();
			scannerB.scan();
		}
		finally {
			nodeB.close();
		}

		for (long id : ids) {
			for (SlaTarget target : List.of(SlaTarget.FIRST_RESPONSE, SlaTarget.RESOLUTION)) {
				for (String threshold : List.of("WARNING", "BREACH")) {
					String key = id + ":" + target + ":" + threshold;
					assertThat(counter.count(key)).as("events " + key).isEqualTo(1);
					assertThat(jdbc.sql("select count(*) from sla_alert where ticket_id = :id and target = :target"
							+ " and threshold = :threshold")
						.param("id", id)
						.param("target", target.name())
						.param("threshold", threshold)
						.query(Integer.class)
						.single()).as("claims " + key).isEqualTo(1);
				}
			}
			assertThat(counter.count(id + ":NEXT_RESPONSE:WARNING")).as("no customer message waits").isZero();
			Map<String, Integer> history = history(id);
			assertThat(history).containsEntry("sla.warning", 2).containsEntry("sla.breached", 2)
				.containsEntry("ticket.escalated", 2);
			assertThat(counter.count(id + ":ESCALATED")).isEqualTo(2);
			JsonNode ticket = Http.json(http.get("/api/v1/tickets/" + id, agent).body());
			assertThat(ticket.get("priority").asString()).as("NORMAL raised once per breach").isEqualTo("URGENT");
			assertThat(ticket.get("tags").toString()).contains("escalated");
		}
		assertThat(counter.supervisorsNotified()).containsOnly(List.of(supervisor));
	}

	private void holdSchedulerLock(Instant until) {
		int held = jdbc.sql("update shedlock set lock_until = :until, locked_at = :now, locked_by = 'sla-test'"
				+ " where name = 'sla-scan'")
			.param("until", Timestamps.utc(until))
			.param("now", Timestamps.utc(Instant.now()))
			.update();
		if (held == 0) {
			jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by) values ('sla-scan', :until, :now, 'sla-test')")
				.param("until", Timestamps.utc(until))
				.param("now", Timestamps.utc(Instant.now()))
				.update();
		}
	}

	private Map<String, Integer> history(long ticketId) {
		Map<String, Integer> counts = new HashMap<>();
		jdbc.sql("select action, count(*) n from ticket_history where ticket_id = :id group by action")
			.param("id", ticketId)
			.query((rs, n) -> counts.put(rs.getString("action"), rs.getInt("n")))
			.list();
		return counts;
	}

	/** Counts the SLA events of the given tickets once their transaction commits, on whichever node. */
	static final class Counter implements ApplicationListener<PayloadApplicationEvent<?>> {

		private final List<Long> tickets;

		private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

		private final List<List<Long>> supervisors = java.util.Collections.synchronizedList(new ArrayList<>());

		Counter(List<Long> tickets) {
			this.tickets = tickets;
		}

		@Override
		public void onApplicationEvent(PayloadApplicationEvent<?> event) {
			Object payload = event.getPayload();
			if (payload instanceof SlaWarningReached warning && tickets.contains(warning.ticketId())) {
				afterCommit(() -> increment(warning.ticketId() + ":" + warning.target() + ":WARNING"));
			}
			else if (payload instanceof SlaBreached breach && tickets.contains(breach.ticketId())) {
				afterCommit(() -> increment(breach.ticketId() + ":" + breach.target() + ":BREACH"));
			}
			else if (payload instanceof TicketEscalated escalated && tickets.contains(escalated.ticketId())) {
				afterCommit(() -> {
					increment(escalated.ticketId() + ":ESCALATED");
					supervisors.add(escalated.supervisorIds());
				});
			}
		}

		int count(String key) {
			AtomicInteger count = counts.get(key);
			return count == null ? 0 : count.get();
		}

		int total() {
			return counts.entrySet()
				.stream()
				.filter(entry -> entry.getKey().endsWith("WARNING") || entry.getKey().endsWith("BREACH"))
				.mapToInt(entry -> entry.getValue().get())
				.sum();
		}

		List<List<Long>> supervisorsNotified() {
			return List.copyOf(supervisors);
		}

		private void increment(String key) {
			counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
		}

		private static void afterCommit(Runnable action) {
			if (!TransactionSynchronizationManager.isSynchronizationActive()) {
				action.run();
				return;
			}
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}

	}

}
