package io.kairos.customer.care;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.kairos.customer.segment.Segments;

/**
 * The service side of the customer 360 page, loaded into it by htmx (a plain link to the fragment without script):
 * lifecycle history with each stage's focus, personality strategy and reception hints, contracts, consents
 * and segments. Also the list of contracts expiring soon.
 */
@Controller
@PreAuthorize("hasAuthority('customer.read')")
class ServiceProfileController {

	private final StageHistory stages;

	private final Personalities personalities;

	private final Contracts contracts;

	private final Consents consents;

	private final Segments segments;

	ServiceProfileController(StageHistory stages, Personalities personalities, Contracts contracts, Consents consents,
			Segments segments) {
		this.stages = stages;
		this.personalities = personalities;
		this.contracts = contracts;
		this.consents = consents;
		this.segments = segments;
	}

	@GetMapping("/customers/{id}/service-profile")
	String serviceProfile(@PathVariable long id, Model model) {
		model.addAttribute("customerId", id);
		model.addAttribute("personality", personalities.of(id).orElse(null));
		model.addAttribute("hints", personalities.hints());
		model.addAttribute("stageMoves", stages.of(id));
		model.addAttribute("contracts", contracts.of(id));
		model.addAttribute("consents", consents.of(id));
		model.addAttribute("memberships", segments.segmentsOf(id));
		return "customers/service-profile :: profile";
	}

	@GetMapping("/contracts/expiring")
	String expiring(@RequestParam(required = false) Integer days, Model model) {
		int within = days == null ? contracts.defaultDays() : days;
		model.addAttribute("days", within);
		model.addAttribute("contracts", contracts.expiring(within));
		return "contracts/expiring";
	}

}
