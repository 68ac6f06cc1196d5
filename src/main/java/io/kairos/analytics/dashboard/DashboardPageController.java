package io.kairos.analytics.dashboard;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

import io.kairos.analytics.export.TableExports;
import io.kairos.analytics.export.TableFormat;
import io.kairos.desk.TeamDirectory;
import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketType;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;

/**
 * The dashboards: {@code /analytics/dashboard} opens the one for the viewer's main role, with a tab for each other
 * one they may see; each dashboard table can be downloaded as CSV or XLSX under the same filter.
 */
@Controller
@PreAuthorize("hasAuthority('kpi.read')")
class DashboardPageController {

	private final Dashboards dashboards;

	private final TableExports exports;

	private final TeamDirectory teams;

	private final Clock clock;

	private final ZoneId zone;

	DashboardPageController(Dashboards dashboards, TableExports exports, TeamDirectory teams, Clock clock,
			@Value("${kairos.analytics.zone:Asia/Shanghai}") ZoneId zone) {
		this.dashboards = dashboards;
		this.exports = exports;
		this.teams = teams;
		this.clock = clock;
		this.zone = zone;
	}

	@GetMapping("/analytics/dashboard")
	String main(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute FilterForm form) {
		List<DashboardKind> kinds = DashboardKind.forRoles(me.roles());
		if (kinds.isEmpty()) {
			throw ProblemException.forbidden("problem.analytics.dashboard.none");
		}
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/analytics/dashboard/" + kinds.get(0).code());
		addIfSet(uri, "from", form.from());
		addIfSet(uri, "to", form.to());
		addIfSet(uri, "team", form.team());
		addIfSet(uri, "channel", form.channel());
		addIfSet(uri, "tier", form.tier());
		addIfSet(uri, "type", form.type());
		return "redirect:" + uri.encode().toUriString();
	}

	@GetMapping("/analytics/dashboard/{kind}")
	String show(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String kind, @ModelAttribute FilterForm form,
			Model model) {
		DashboardKind chosen = allowed(me, kind);
		DashboardFilter filter = form.filter(chosen, clock, zone);
		DashboardView view = dashboards.view(chosen, filter, viewer(me));
		model.addAttribute("view", view);
		model.addAttribute("kinds", DashboardKind.forRoles(me.roles()));
		model.addAttribute("filter", filter);
		model.addAttribute("query", filter.parameters());
		model.addAttribute("teams", teams.all());
		model.addAttribute("channels", TicketChannel.values());
		model.addAttribute("types", TicketType.values());
		return "analytics/dashboard";
	}

	@GetMapping("/analytics/dashboard/{kind}/export/{table}.{format}")
	void export(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String kind, @PathVariable String table,
			@PathVariable String format, @ModelAttribute FilterForm form, HttpServletResponse response)
			throws IOException {
		DashboardKind chosen = allowed(me, kind);
		TableFormat fileFormat = TableFormat.parse(format)
			.orElseThrow(() -> ProblemException.notFound("problem.analytics.export.format"));
		DashboardFilter filter = form.filter(chosen, clock, zone);
		DashboardTable found = dashboards.view(chosen, filter, viewer(me))
			.table(table)
			.orElseThrow(() -> ProblemException.notFound("problem.analytics.export.table"));
		response.setContentType(fileFormat.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(chosen.code() + "-" + found.id() + "-" + filter.from() + "-" + filter.to() + "."
					+ fileFormat.extension())
			.build()
			.toString());
		exports.export(chosen.code(), found, fileFormat, Map.copyOf(filter.parameters()), response.getOutputStream());
	}

	private static DashboardKind allowed(StaffPrincipal me, String code) {
		DashboardKind kind = DashboardKind.parse(code)
			.orElseThrow(() -> ProblemException.notFound("problem.analytics.dashboard.unknown"));
		if (!DashboardKind.forRoles(me.roles()).contains(kind)) {
			throw ProblemException.forbidden("problem.analytics.dashboard.forbidden");
		}
		return kind;
	}

	private static Viewer viewer(StaffPrincipal me) {
		return new Viewer(me.id(), me.roles(), LocaleContextHolder.getLocale());
	}

	private static void addIfSet(UriComponentsBuilder uri, String name, String value) {
		if (value != null && !value.isBlank()) {
			uri.queryParam(name, value);
		}
	}

}
