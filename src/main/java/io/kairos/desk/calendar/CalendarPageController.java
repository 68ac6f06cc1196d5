package io.kairos.desk.calendar;

import java.io.IOException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;

/**
 * The calendar pages: the list of calendars, one calendar's weekly hours and special dates per year, and the
 * form that imports a year's dates (administrators only).
 */
@Controller
class CalendarPageController {

	private final CalendarAdministration calendars;

	private final Problems problems;

	CalendarPageController(CalendarAdministration calendars, Problems problems) {
		this.calendars = calendars;
		this.problems = problems;
	}

	@GetMapping("/admin/calendars")
	@PreAuthorize("hasAuthority('desk.calendar.read')")
	String list(Model model) {
		model.addAttribute("calendars", calendars.list());
		return "calendars/list";
	}

	@GetMapping("/admin/calendars/{id}")
	@PreAuthorize("hasAuthority('desk.calendar.read')")
	String show(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
		CalendarView all = calendars.view(id, null);
		Integer shown = year != null ? year
				: all.years().isEmpty() ? null : all.years().get(all.years().size() - 1);
		model.addAttribute("calendar", shown == null ? all : calendars.view(id, shown));
		model.addAttribute("year", shown);
		return "calendars/show";
	}

	@PostMapping("/admin/calendars/{id}/dates/import")
	@PreAuthorize("hasAuthority('desk.admin')")
	String importDates(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw ProblemException.invalid("file", "problem.calendar.import.empty");
			}
			DatesImported imported = calendars.importDates(id, file.getBytes());
			redirect.addFlashAttribute("notice", "notice.calendar.imported");
			redirect.addAttribute("year", imported.years().get(0));
			return "redirect:/admin/calendars/" + id;
		}
		catch (ProblemException refused) {
			if (refused.status().value() == 404) {
				throw refused;
			}
			model.addAttribute("importProblem", problems.message(refused.messageKey(), refused.arguments()));
			return show(id, null, model);
		}
	}

}
