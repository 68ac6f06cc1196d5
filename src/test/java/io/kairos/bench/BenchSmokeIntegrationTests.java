package io.kairos.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Smoke run of the benchmark harness (docs/benchmarks.md) in the normal build, a few seconds long: the generator's
 * rows are reproducible and valid, and the load generator drives the running application through its API
 * (ticket creation with Idempotency-Key, the agent's queue page) without errors. Nothing here is timed.
 */
@KairosIntegrationTest
class BenchSmokeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void generatedRowsAreReproducibleAndValid() {
		Instant now = Instant.parse("2026-12-07T10:00:00Z");
		Set<String> mobiles = new HashSet<>();
		for (long id = 1; id <= 5_000; id++) {
			BenchData.Customer customer = BenchData.customer(7, id);
			assertThat(customer).isEqualTo(BenchData.customer(7, id));
			assertThat(customer.mobile()).matches("\\+861[3-9]\\d{9}");
			assertThat(mobiles.add(customer.mobile())).as("mobile of customer %d is unique", id).isTrue();
			assertThat(customer.tier()).isIn("DIAMOND", "GOLD", "SILVER", "REGULAR");
		}
		long messages = 0;
		Instant previous = Instant.EPOCH;
		for (long id = 1; id <= 2_000; id++) {
			BenchData.Ticket ticket = BenchData.ticket(7, id, 2_000, 5_000, now);
			assertThat(ticket).isEqualTo(BenchData.ticket(7, id, 2_000, 5_000, now));
			assertThat(ticket.customerId()).isBetween(1L, 5_000L);
			assertThat(ticket.createdAt()).isBefore(now).isAfter(now.minus(Duration.ofDays(BenchData.DAYS + 1)));
			assertThat(ticket.createdAt()).isAfterOrEqualTo(previous.minus(Duration.ofHours(1)));
			previous = ticket.createdAt();
			assertThat(ticket.messages()).isNotEmpty();
			assertThat(ticket.messages().get(0).author()).isEqualTo("CUSTOMER");
			if (ticket.active()) {
				assertThat(ticket.resolutionDue()).isAfter(ticket.createdAt());
			}
			if (ticket.status().equals("CLOSED")) {
				assertThat(ticket.closedAt()).isNotNull().isAfterOrEqualTo(ticket.resolvedAt());
			}
			messages += ticket.messages().size();
		}
		// Three messages a ticket on average, as the data set at scale promises.
		assertThat(messages / 2_000.0).isBetween(2.5, 3.5);
	}

	@Test
	void loadDrivesTheApiWithoutErrors() throws Exception {
		Api api = new Api(port, Load.executor());
		String token = api.token("agent", Http.DEMO_PASSWORD);
		// The shared test database's customer ids have gaps (imports refused as a whole still use up ids).
		long[] customers = jdbc.sql("select id from customer order by id fetch first 200 rows only")
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		long team = jdbc.sql("select min(id) from team").query(Long.class).single();

		Load.Result created = Load.run("S1 smoke", 2, Duration.ofMillis(200), Duration.ofSeconds(1), 200,
				(worker, sequence) -> api.post("/api/v1/tickets", token,
						Scenarios.newTicket(new SplittableRandom(sequence), customers), UUID.randomUUID().toString(), 201));
		String queue = "/api/v1/tickets?teamId=" + team + "&status=NEW&status=OPEN&sort=resolutionDue&size=50";
		Load.Result listed = Load.run("S2 smoke", 2, Duration.ofMillis(200), Duration.ofSeconds(1), 200,
				(worker, sequence) -> api.get(queue, token, 200));

		for (Load.Result result : List.of(created, listed)) {
			assertThat(result.errors()).as(result.firstError() == null ? result.name() : result.firstError()).isZero();
			assertThat(result.requests()).isPositive();
			assertThat(result.percentileMillis(99)).isGreaterThanOrEqualTo(result.percentileMillis(50));
		}
		Report report = new Report();
		report.row(new Report.Row("S1", "tickets/s", String.format("%.0f/s", created.throughput()), "1/s",
				Report.ratio(created.throughput(), 1), "", ""));
		assertThat(report.markdown(BenchConfig.fromSystemProperties(), Report.machine()))
			.contains("| Scenario | Figure | Kairos | Baseline | Ratio |", "| S1 | tickets/s |");
	}

}
