package io.kairos.desk.conversation;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TicketMessageRepository extends ListCrudRepository<TicketMessage, Long> {

	@Query("select * from ticket_message where ticket_id = :ticketId order by id")
	List<TicketMessage> findByTicket(long ticketId);

}
