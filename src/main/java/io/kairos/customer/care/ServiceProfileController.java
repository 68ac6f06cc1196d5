package io.kairos.customer.care;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;


/**
 * The service side of the customer 360 page, loaded into it by htmx (a plain link to the fragment without script):
 * lifecycle history with each stage's focus, personality strategy and reception hints, contracts, consents
 * and segments. Also the list of contracts expiring soon.
 */
@Controller
@PreAuthorize("hasAuthority('customer.read')")
class ServiceProfileController {

	private final ServiceProfileModel profile;

	private final Contracts contracts;

	ServiceProfileController(ServiceProfileModel profile, Contracts contracts) {
		this.profile = profile;
		this.contracts = contracts;
	}

	@GetMapping("/customers/{id}/service-profile")
	String serviceProfile(@PathVariable long id, Model model) {
		profile.fill(id, model);
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
