package io.kairos.analytics.dashboard;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import io.kairos.analytics.GroupBy;
import io.kairos.analytics.KpiQuery;
import io.kairos.analytics.KpiRecords;
import io.kairos.analytics.KpiRecords.Counted;
import io.kairos.desk.TeamDirectory;
import io.kairos.shared.api.ProblemException;

/**
 * The drill-down: the tickets behind a dashboard figure, a page at a time, each linking to the ticket. The figure's
 * counter and filter come in the address the dashboard built; the list is read by {@link KpiRecords} from the facts
 * the figure was summed from, so its total is the figure.
 */
@Controller
@PreAuthorize("hasAuthority('kpi.read')")
class DrillPageController {

	static final int PAGE_SIZE = 50;

	private final KpiRecords records;

	private final TeamDirectory teams;

	private final Clock clock;

	private final ZoneId zone;

	DrillPageController(KpiRecords records, TeamDirectory teams, Clock clock,
			@Value("${kairos.analytics.zone:Asia/Shanghai}") ZoneId zone) {
		this.records = records;
		this.teams = teams;
		this.clock = clock;
		this.zone = zone;
	}

	@GetMapping("/analytics/drill")
	String drill(@RequestParam(required = false) String counted, @ModelAttribute FilterForm form,
			@RequestParam(required = false) String agent, @RequestParam(defaultValue = "0") String page, Model model) {
		Counted what = Counted.ofCode(counted == null ? "" : counted)
			.orElseThrow(() -> ProblemException.invalid("counted", "problem.analytics.drill.counted"));
		DashboardFilter filter = form.filter(DashboardKind.MANAGER, clock, zone);
		Long agentId = agent == null || agent.isBlank() ? null : number("agent", agent);
		int pageNumber = (int) Math.min(number("page", page), 1_000_000);
		if (pageNumber < 0) {
			throw ProblemException.invalid("page", "problem.analytics.drill.page");
		}
		KpiQuery query = new KpiQuery(filter.from(), filter.to(), GroupBy.NONE, filter.team(), filter.channel(),
				filter.tier(), filter.type(), agentId);
		KpiRecords.Records found = records.tickets(what, query, pageNumber * PAGE_SIZE, PAGE_SIZE);
		Map<Long, String> teamNames = new LinkedHashMap<>();
		teams.all().forEach(team -> teamNames.put(team.id(), team.name()));
		Map<String, String> parameters = new LinkedHashMap<>(filter.parameters());
		parameters.put("counted", what.code());
		if (agentId != null) {
			parameters.put("agent", agentId.toString());
		}
		model.addAttribute("counted", what);
		model.addAttribute("filter", filter);
		model.addAttribute("agent", agentId);
		model.addAttribute("records", found);
		model.addAttribute("teamNames", teamNames);
		model.addAttribute("page", pageNumber);
		model.addAttribute("pages", Math.max(1, (found.tickets() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("query", parameters);
		model.addAttribute("zone", zone);
		return "analytics/drill";
	}

	private static long number(String field, String text) {
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException notANumber) {
			throw ProblemException.invalid(field, "problem.analytics.drill." + field);
		}
	}

}
