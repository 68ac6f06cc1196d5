package io.kairos.desk.ticket;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TicketRepository extends ListCrudRepository<Ticket, Long> {

	@Query("select nextval('ticket_seq')")
	long nextId();

}
