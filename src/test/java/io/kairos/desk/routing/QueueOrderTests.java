package io.kairos.desk.routing;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kairos.desk.TicketPriority;

import static org.assertj.core.api.Assertions.assertThat;

class QueueOrderTests {

	@Test
	void listedTiersRankFromTheTopAndEveryOtherTierAfterThem() {
		QueueOrder order = new QueueOrder(List.of("DIAMOND", "GOLD", "SILVER"));

		assertThat(order.tierRank("DIAMOND")).isZero();
		assertThat(order.tierRank("GOLD")).isEqualTo(1);
		assertThat(order.tierRank("SILVER")).isEqualTo(2);
		assertThat(order.tierRank("REGULAR")).isEqualTo(3);
		assertThat(order.tierRank(null)).isEqualTo(3);
	}

	@Test
	void urgentRanksFirstAndLowLast() {
		assertThat(QueueOrder.priorityRank(TicketPriority.URGENT)).isZero();
		assertThat(QueueOrder.priorityRank(TicketPriority.HIGH)).isEqualTo(1);
		assertThat(QueueOrder.priorityRank(TicketPriority.NORMAL)).isEqualTo(2);
		assertThat(QueueOrder.priorityRank(TicketPriority.LOW)).isEqualTo(3);
	}

}
