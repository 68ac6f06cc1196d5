package io.kairos.desk.category;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The ticket category tree, parents before children. */
@RestController
class CategoryApiController {

	private final Categories categories;

	CategoryApiController(Categories categories) {
		this.categories = categories;
	}

	@GetMapping(path = "/api/v1/ticket-categories", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.read')")
	List<Category> list() {
		return categories.all();
	}

}
