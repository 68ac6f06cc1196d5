package io.kairos.customer.value;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Customer-value analytics over the API, for holders of {@code report.read}. */
@RestController
@RequestMapping(path = "/api/v1/analytics", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('report.read')")
class AnalyticsApiController {

	private final ValueAnalytics analytics;

	AnalyticsApiController(ValueAnalytics analytics) {
		this.analytics = analytics;
	}

	@GetMapping("/rfm")
	ValueAnalytics.RfmDistribution rfm() {
		return analytics.rfm();
	}

	@GetMapping("/pareto")
	ValueAnalytics.Pareto pareto() {
		return analytics.pareto();
	}

}
