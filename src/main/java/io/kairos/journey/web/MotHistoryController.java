package io.kairos.journey.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import io.kairos.journey.mot.MotScores;
import io.kairos.journey.touchpoint.Touchpoints;

/** The customer's moments of truth on the customer 360 page, newest first. */
@Controller
class MotHistoryController {

	private final MotScores scores;

	private final Touchpoints touchpoints;

	MotHistoryController(MotScores scores, Touchpoints touchpoints) {
		this.scores = scores;
		this.touchpoints = touchpoints;
	}

	@GetMapping("/customers/{id}/panels/mot")
	@PreAuthorize("hasAuthority('journey.read') and hasAuthority('customer.read')")
	String history(@PathVariable long id, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		Map<Long, String> names = new HashMap<>();
		touchpoints.all().forEach(t -> names.put(t.id(), t.name()));
		model.addAttribute("scores", scores.ofCustomer(id, 50));
		model.addAttribute("names", names);
		model.addAttribute("customerId", id);
		return htmx == null ? "journey/mot-history" : "journey/mot-history :: panel";
	}

}
