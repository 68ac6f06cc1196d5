package io.kairos.desk.sla;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketType;
import io.kairos.desk.calendar.CalendarAdministration;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;

/** The administrators' pages for SLA policies: the ordered list, a new policy, an existing one. */
@Controller
@RequestMapping("/admin/sla-policies")
@PreAuthorize("hasAuthority('desk.admin')")
class SlaPolicyPageController {

	private final SlaPolicies policies;

	private final CalendarAdministration calendars;

	private final Problems problems;

	SlaPolicyPageController(SlaPolicies policies, CalendarAdministration calendars, Problems problems) {
		this.policies = policies;
		this.calendars = calendars;
		this.problems = problems;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("policies", policies.list());
		model.addAttribute("calendars", calendars.list());
		model.addAttribute("defaultWarningShare", policies.defaultWarningShare());
		return "sla/list";
	}

	@GetMapping("/new")
	String newPolicy(Model model) {
		return form(model, null, new SlaPolicyCommand("", "", null, null, null, null, null, null, null, null, null,
				null, List.of(SlaAction.NOTIFY)));
	}

	@PostMapping
	String create(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		SlaPolicyCommand command = null;
		try {
			command = command(form);
			policies.create(command);
			redirect.addFlashAttribute("notice", "notice.sla.saved");
			return "redirect:/admin/sla-policies";
		}
		catch (ProblemException refused) {
			refused(model, refused);
			return form(model, null, command != null ? command : lenient(form));
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		SlaPolicy policy = policies.get(id);
		return form(model, policy, new SlaPolicyCommand(policy.nameEn(), policy.nameZh(), policy.customerTier(),
				policy.type(), policy.priority(), policy.channel(), policy.firstResponseMinutes(),
				policy.nextResponseMinutes(), policy.resolutionMinutes(), policy.callbackMinutes(), policy.calendarId(),
				policy.warningShare(), List.copyOf(policy.breachActions())));
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		SlaPolicy policy = policies.get(id);
		SlaPolicyCommand command = null;
		try {
			command = command(form);
			policies.update(id, number(form.getFirst("version"), "version", -1L), command);
			redirect.addFlashAttribute("notice", "notice.sla.saved");
			return "redirect:/admin/sla-policies";
		}
		catch (ProblemException refused) {
			refused(model, refused);
			return form(model, policy, command != null ? command : lenient(form));
		}
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @RequestParam String direction, RedirectAttributes redirect) {
		policies.move(id, "up".equals(direction));
		redirect.addFlashAttribute("notice", "notice.sla.reordered");
		return "redirect:/admin/sla-policies";
	}

	private String form(Model model, SlaPolicy policy, SlaPolicyCommand values) {
		model.addAttribute("policy", policy);
		model.addAttribute("values", values);
		model.addAttribute("calendars", calendars.list());
		model.addAttribute("allTypes", TicketType.values());
		model.addAttribute("allPriorities", TicketPriority.values());
		model.addAttribute("allChannels", TicketChannel.values());
		model.addAttribute("allActions", SlaAction.values());
		model.addAttribute("defaultWarningShare", policies.defaultWarningShare());
		return "sla/edit";
	}

	private void refused(Model model, ProblemException refused) {
		model.addAttribute("problem", problems.message(refused.messageKey(), refused.arguments()));
		model.addAttribute("problemField", refused.field());
	}

	/** The form as a command; a value that is not a number or not a choice is refused naming its field. */
	private static SlaPolicyCommand command(MultiValueMap<String, String> form) {
		return new SlaPolicyCommand(form.getFirst("nameEn"), form.getFirst("nameZh"), blankToNull(form.getFirst("customerTier")),
				choice(TicketType.class, form.getFirst("type"), "type"),
				choice(TicketPriority.class, form.getFirst("priority"), "priority"),
				choice(TicketChannel.class, form.getFirst("channel"), "channel"),
				minutes(form, "firstResponseMinutes"), minutes(form, "nextResponseMinutes"),
				minutes(form, "resolutionMinutes"), minutes(form, "callbackMinutes"),
				number(form.getFirst("calendarId"), "calendarId", null), share(form.getFirst("warningShare")),
				actions(form.get("breachActions")));
	}

	/** What the user typed, for showing the form again after a refusal of an unparseable value. */
	private static SlaPolicyCommand lenient(MultiValueMap<String, String> form) {
		return new SlaPolicyCommand(form.getFirst("nameEn"), form.getFirst("nameZh"), form.getFirst("customerTier"),
				null, null, null, null, null, null, null, null, null, List.of());
	}

	private static Integer minutes(MultiValueMap<String, String> form, String field) {
		Long value = number(form.getFirst(field), field, null);
		if (value != null && (value < 1 || value > SlaPolicies.MAX_MINUTES)) {
			throw ProblemException.invalid(field, "problem.sla.minutes", SlaPolicies.MAX_MINUTES);
		}
		return value == null ? null : value.intValue();
	}

	private static Long number(String value, String field, Long absent) {
		if (value == null || value.isBlank()) {
			return absent;
		}
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException notANumber) {
			throw ProblemException.invalid(field, "problem.sla.number");
		}
	}

	/** The warning share is typed as a percentage (75) on the page. */
	private static BigDecimal share(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip()).movePointLeft(2).stripTrailingZeros();
		}
		catch (NumberFormatException notANumber) {
			throw ProblemException.invalid("warningShare", "problem.sla.warning-share");
		}
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException noSuchChoice) {
			throw ProblemException.invalid(field, "problem.sla.choice");
		}
	}

	private static List<SlaAction> actions(List<String> values) {
		List<SlaAction> actions = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				actions.add(choice(SlaAction.class, value, "breachActions"));
			}
		}
		return actions;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
