package io.kairos.customer.value;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tools.jackson.databind.json.JsonMapper;

/** The customer-value page: the Pareto chart (drawn by a static script from a data attribute) and the RFM table. */
@Controller
@PreAuthorize("hasAuthority('report.read')")
class AnalyticsPageController {

	private final ValueAnalytics analytics;

	private final JsonMapper json;

	AnalyticsPageController(ValueAnalytics analytics, JsonMapper json) {
		this.analytics = analytics;
		this.json = json;
	}

	@GetMapping("/analytics/customer-value")
	String page(Model model) {
		ValueAnalytics.Pareto pareto = analytics.pareto();
		model.addAttribute("pareto", pareto);
		model.addAttribute("paretoJson", json.writeValueAsString(pareto));
		model.addAttribute("rfm", analytics.rfm());
		return "analytics/customer-value";
	}

}
