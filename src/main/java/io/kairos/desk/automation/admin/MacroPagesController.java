package io.kairos.desk.automation.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.desk.MessageVisibility;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.automation.macro.MacroCommand;
import io.kairos.desk.automation.macro.MacroTemplate;
import io.kairos.desk.automation.macro.Macros;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;

/** The admin page of shared macros: the list, and a form to write or change one. */
@Controller
@RequestMapping("/desk/automation/macros")
@PreAuthorize("hasAuthority('desk.admin')")
class MacroPagesController {

	private final Macros macros;

	private final Refusals refusals;

	MacroPagesController(Macros macros, Refusals refusals) {
		this.macros = macros;
		this.refusals = refusals;
	}

	@GetMapping
	String page(@RequestParam(required = false) Long edit, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		if (edit != null) {
			var macro = macros.find(edit, staff.id());
			return page(model, edit, macro.version(), new MacroCommand(macro.name(), macro.bodyZh(), macro.bodyEn(),
					macro.visibility(), macro.setStatus(), macro.setPriority(), macro.addTags(), true));
		}
		return page(model, null, 0, new MacroCommand(null, null, null, MessageVisibility.PUBLIC, null, null, List.of(), true));
	}

	@PostMapping
	String create(@RequestParam Map<String, String> form, @AuthenticationPrincipal StaffPrincipal staff, Model model,
			RedirectAttributes redirect) {
		MacroCommand command = null;
		try {
			command = command(form);
			macros.create(command, staff);
			redirect.addFlashAttribute("notice", "notice.automation.saved");
			return "redirect:/desk/automation/macros";
		}
		catch (ProblemException problem) {
			return refused(model, problem, null, 0, command, form);
		}
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		MacroCommand command = null;
		long version = RuleForm.version(form.get("version"));
		try {
			command = command(form);
			macros.update(id, version, command, staff);
			redirect.addFlashAttribute("notice", "notice.automation.saved");
			return "redirect:/desk/automation/macros";
		}
		catch (ProblemException problem) {
			return refused(model, problem, id, version, command, form);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		macros.delete(id, staff);
		redirect.addFlashAttribute("notice", "notice.automation.deleted");
		return "redirect:/desk/automation/macros";
	}

	private String refused(Model model, ProblemException problem, Long id, long version, MacroCommand command,
			Map<String, String> form) {
		refusals.show(model, problem);
		MacroCommand shown = command != null ? command
				: new MacroCommand(form.get("name"), form.get("bodyZh"), form.get("bodyEn"), MessageVisibility.PUBLIC, null,
						null, tags(form.get("addTags")), true);
		return page(model, id, version, shown);
	}

	private String page(Model model, Long id, long version, MacroCommand form) {
		model.addAttribute("macros", macros.shared());
		model.addAttribute("editing", id);
		model.addAttribute("version", version);
		model.addAttribute("form", form);
		model.addAttribute("placeholders", MacroTemplate.PLACEHOLDERS.stream().map(p -> "{{" + p + "}}").toList());
		model.addAttribute("statuses", Arrays.stream(TicketStatus.values()).filter(s -> s != TicketStatus.NEW).toList());
		model.addAttribute("priorities", TicketPriority.values());
		model.addAttribute("visibilities", MessageVisibility.values());
		return "desk/automation/macros";
	}

	private static MacroCommand command(Map<String, String> form) {
		TicketStatus status = blank(form.get("setStatus")) ? null
				: RuleForm.value(TicketStatus.values(), form.get("setStatus"), "setStatus");
		TicketPriority priority = blank(form.get("setPriority")) ? null
				: RuleForm.value(TicketPriority.values(), form.get("setPriority"), "setPriority");
		MessageVisibility visibility = blank(form.get("visibility")) ? MessageVisibility.PUBLIC
				: RuleForm.value(MessageVisibility.values(), form.get("visibility"), "visibility");
		return new MacroCommand(form.get("name"), form.get("bodyZh"), form.get("bodyEn"), visibility, status, priority,
				tags(form.get("addTags")), true);
	}

	private static List<String> tags(String given) {
		return blank(given) ? List.of()
				: Arrays.stream(given.split("[,，]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
