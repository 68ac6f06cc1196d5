package io.kairos.desk.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kairos.customer.CustomerDirectory;
import io.kairos.customer.CustomerId;
import io.kairos.customer.CustomerSummary;
import io.kairos.customer.ReceptionStrategies;
import io.kairos.customer.ReceptionStrategy;
import io.kairos.desk.team.Teams;
import io.kairos.desk.ticket.TicketListItem;
import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;

/**
 * Turns the ids on tickets into what people read: customer, staff and team names. Customers come from the
 * customer base's masked summaries only; each id is looked up once per list.
 */
@Component
class DeskNames {

	private final CustomerDirectory customers;

	private final StaffDirectory staff;

	private final Teams teams;

	private final ReceptionStrategies receptions;

	DeskNames(CustomerDirectory customers, ReceptionStrategies receptions, StaffDirectory staff,
			Teams teams) {
		this.customers = customers;
		this.receptions = receptions;
		this.staff = staff;
		this.teams = teams;
	}

	List<QueueRow> rows(List<TicketListItem> items) {
		Map<Long, String> customerNames = new HashMap<>();
		Map<Long, String> staffNames = new HashMap<>();
		Map<Long, String> teamNames = teamNames();
		return items.stream()
			.map(item -> new QueueRow(item,
					customerNames.computeIfAbsent(item.customerId(),
							id -> customer(id).map(CustomerSummary::name).orElse(null)),
					item.assigneeId() == null ? null : staffNames.computeIfAbsent(item.assigneeId(), this::staffName),
					item.teamId() == null ? null : teamNames.get(item.teamId()), SlaCountdown.next(item)))
			.toList();
	}

	/** How to receive the customer (personality type and strategy), when one is set. */
	Optional<ReceptionStrategy> receptionStrategy(long customerId) {
		return receptions.of(new CustomerId(customerId));
	}

	Optional<CustomerSummary> customer(long customerId) {
		return customers.findSummary(new CustomerId(customerId));
	}

	String staffName(Long staffId) {
		if (staffId == null) {
			return null;
		}
		return staff.find(staffId).map(StaffMember::displayName).orElse("#" + staffId);
	}

	Map<Long, String> teamNames() {
		Map<Long, String> names = new HashMap<>();
		teams.all().forEach(team -> names.put(team.id(), team.name()));
		return names;
	}

}
