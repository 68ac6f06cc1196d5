package io.kairos.desk.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.kairos.desk.AuthorKind;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketType;

import static org.assertj.core.api.Assertions.assertThat;

class DemoTicketGeneratorTests {

	static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");

	@Test
	void theSameSeedGivesTheSameTickets() {
		assertThat(new DemoTicketGenerator(7).next(200, 50, NOW)).isEqualTo(new DemoTicketGenerator(7).next(200, 50, NOW));
		assertThat(new DemoTicketGenerator(7).next(200, 50, NOW)).isNotEqualTo(new DemoTicketGenerator(8).next(200, 50, NOW));
	}

	@Test
	void ticketsSpreadOverNinetyDaysWithEveryStatusAndSomePastDue() {
		List<DemoTicketGenerator.DemoTicket> tickets = new DemoTicketGenerator(DemoTicketGenerator.DEFAULT_SEED).next(1500, 2000, NOW);

		assertThat(tickets).allSatisfy(t -> assertThat(t.createdAt()).isBetween(NOW.minus(Duration.ofDays(91)), NOW));
		assertThat(tickets.get(0).createdAt()).isBefore(NOW.minus(Duration.ofDays(85)));
		Set<TicketStatus> statuses = tickets.stream().map(DemoTicketGenerator.DemoTicket::status).collect(Collectors.toSet());
		assertThat(statuses).containsAll(EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER,
				TicketStatus.RESOLVED, TicketStatus.CLOSED));
		assertThat(tickets.stream().map(DemoTicketGenerator.DemoTicket::type).collect(Collectors.toSet()))
			.contains(TicketType.COMPLAINT, TicketType.INQUIRY, TicketType.REPAIR, TicketType.PRAISE);
		assertThat(tickets).anySatisfy(t -> {
			assertThat(t.status().isActive()).isTrue();
			assertThat(t.resolutionDue()).isBefore(NOW);
		});
		assertThat(tickets).allSatisfy(t -> {
			assertThat(t.messages().get(0).author()).isEqualTo(AuthorKind.CUSTOMER);
			assertThat(t.subject()).matches(".*\\p{IsHan}.*");
			if (t.resolvedAt() != null) {
				assertThat(t.resolvedAt()).isAfterOrEqualTo(t.createdAt()).isBeforeOrEqualTo(NOW);
			}
		});
	}

}
