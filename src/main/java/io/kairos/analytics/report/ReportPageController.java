package io.kairos.analytics.report;

import java.time.DayOfWeek;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.analytics.dashboard.DashboardKind;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.web.FormBinding;

/** The signed-in person's scheduled e-mail reports: the list, a form to add one, and a button to stop each. */
@Controller
@PreAuthorize("hasAuthority('kpi.read')")
class ReportPageController {

	private final ScheduledReports reports;

	ReportPageController(ScheduledReports reports) {
		this.reports = reports;
	}

	@GetMapping("/analytics/reports")
	String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("form", new ReportForm(null, "DAILY", "8", "MONDAY", me.timeZone()));
		return page(me, model);
	}

	@PostMapping("/analytics/reports")
	String subscribe(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") ReportForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Integer hour = null;
		try {
			hour = form.hour() == null ? null : Integer.valueOf(form.hour().strip());
		}
		catch (NumberFormatException notANumber) {
			result.rejectValue("hour", "problem.analytics.report.hour", "problem.analytics.report.hour");
		}
		if (!result.hasErrors()) {
			try {
				reports.subscribe(me.id(), new ScheduledReports.NewSubscription(form.dashboard(), form.frequency(), hour,
						form.weekday(), form.timeZone()));
				redirect.addFlashAttribute("notice", "analytics.report.subscribed");
				return "redirect:/analytics/reports";
			}
			catch (ProblemException problem) {
				FormBinding.reject(result, problem);
			}
		}
		return page(me, model);
	}

	@PostMapping("/analytics/reports/{id}/delete")
	String unsubscribe(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		reports.unsubscribe(me.id(), id);
		redirect.addFlashAttribute("notice", "analytics.report.unsubscribed");
		return "redirect:/analytics/reports";
	}

	private String page(StaffPrincipal me, Model model) {
		model.addAttribute("subscriptions", reports.of(me.id()));
		model.addAttribute("dashboards", DashboardKind.forRoles(me.roles()));
		model.addAttribute("frequencies", ReportFrequency.values());
		model.addAttribute("weekdays", DayOfWeek.values());
		model.addAttribute("hours", java.util.stream.IntStream.range(0, 24).boxed().toList());
		return "analytics/reports";
	}

	/** The form as typed. */
	record ReportForm(String dashboard, String frequency, String hour, String weekday, String timeZone) {
	}

}
