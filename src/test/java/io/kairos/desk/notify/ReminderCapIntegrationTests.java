package io.kairos.desk.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.customer.CustomerId;
import io.kairos.desk.DeskTestData;
import io.kairos.desk.PendingReminderDue;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * L-04 from the desk's side: fifty reminders fall due for one customer at the same moment (fifty pending tickets,
 * each reminder in its own transaction on its own thread); the cap of one pending reminder per customer and day
 * lets one message out and counts forty-nine suppressed.
 */
@KairosIntegrationTest
class ReminderCapIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiftyConcurrentRemindersForOneCustomerSendOneAndSuppressFortyNine() throws Exception {
		Http http = new Http(port);
		String agent = DeskTestData.token(http, "agent");
		JsonNode first = DeskTestData.open(http, agent, "提醒上限", "");
		long customer = first.get("customer").get("id").asLong();
		List<JsonNode> tickets = new ArrayList<>(List.of(first));
		for (int i = 1; i < 50; i++) {
			tickets.add(Http.json(http.postJson("/api/v1/tickets", agent, """
					{"customerId":%d,"subject":"提醒上限 %d","description":"等待客户"}""".formatted(customer, i)).body()));
		}
		ExecutorService threads = Executors.newFixedThreadPool(50);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		Instant now = Instant.now();
		try {
			for (JsonNode ticket : tickets) {
				done.add(threads.submit(() -> {
					start.await();
					new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
							new PendingReminderDue(ticket.get("id").asLong(), ticket.get("number").asString(),
									new CustomerId(customer), 1L, now, now)));
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(count("select count(*) from outbound_message where customer = :c and kind = 'ticket.pending-reminder'",
				customer)).isEqualTo(1);
		assertThat(count("select count(*) from message_suppression where customer = :c and kind = 'ticket.pending-reminder'",
				customer)).isEqualTo(49);
	}

	private long count(String sql, long customer) {
		return jdbc.sql(sql).param("c", customer).query(Long.class).single();
	}

}
