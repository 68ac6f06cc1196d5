package io.kairos.analytics.api;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.analytics.KpiQuery;
import io.kairos.analytics.Kpis;

/** KPI values over the API: {@code GET /api/v1/kpis?from=&to=&groupBy=&team=&channel=&tier=&type=&agent=}. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class KpiApiController {

	private final Kpis kpis;

	KpiApiController(Kpis kpis) {
		this.kpis = kpis;
	}

	@GetMapping("/kpis")
	@PreAuthorize("hasAuthority('kpi.read')")
	KpiReport list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String groupBy, @RequestParam(required = false) String team,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String tier,
			@RequestParam(required = false) String type, @RequestParam(required = false) String agent) {
		KpiQuery query = new KpiRequest(from, to, groupBy, team, channel, tier, type, agent).toQuery();
		return new KpiReport(query.from().toString(), query.to().toString(), query.groupBy().code(),
				kpis.compute(query).stream().map(KpiView::of).toList());
	}

	/** The answer: the period, the grouping and the values. */
	record KpiReport(String from, String to, String groupBy, List<KpiView> values) {
	}

}
