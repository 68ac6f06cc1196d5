package io.kairos.desk.automation.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.desk.TicketStatus;
import io.kairos.desk.automation.rule.Match;
import io.kairos.desk.automation.timed.AutomationCommand;
import io.kairos.desk.automation.timed.AutomationView;
import io.kairos.desk.automation.timed.Automations;
import io.kairos.desk.automation.timed.SinceField;
import io.kairos.shared.api.ProblemException;

/**
 * The admin page of time-based automations: the list, a form, and the dry-run preview of the tickets an
 * automation (saved, or as it stands on the form) would act on now.
 */
@Controller
@RequestMapping("/desk/automation/automations")
@PreAuthorize("hasAuthority('desk.admin')")
class AutomationPagesController {

	private final Automations automations;

	private final RuleChoices choices;

	private final Refusals refusals;

	AutomationPagesController(Automations automations, RuleChoices choices, Refusals refusals) {
		this.automations = automations;
		this.choices = choices;
		this.refusals = refusals;
	}

	@GetMapping
	String page(@RequestParam(required = false) Long edit, Model model) {
		AutomationView editing = edit == null ? null : automations.find(edit);
		AutomationCommand form = editing == null
				? new AutomationCommand(null, TicketStatus.RESOLVED, SinceField.RESOLVED_AT, 168, Match.ALL, List.of(),
						List.of(), 0, true)
				: new AutomationCommand(editing.name(), editing.status(), editing.since(), editing.hours(),
						editing.match(), editing.conditions(), editing.actions(), editing.position(), editing.active());
		return page(model, edit, editing == null ? 0 : editing.version(), form);
	}

	/** The saved automation's dry run, shown under its form. */
	@GetMapping("/{id}/preview")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("preview", automations.preview(id));
		model.addAttribute("previewLimit", Automations.PREVIEW_LIMIT);
		return editPage(id, model);
	}

	/** Saves the form, or with {@code preview} shows what the definition on the form would touch, saving nothing. */
	@PostMapping
	String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		return save(null, form, model, redirect);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		return save(id, form, model, redirect);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		automations.delete(id);
		redirect.addFlashAttribute("notice", "notice.automation.deleted");
		return "redirect:/desk/automation/automations";
	}

	private String save(Long id, Map<String, String> form, Model model, RedirectAttributes redirect) {
		long version = RuleForm.version(form.get("version"));
		AutomationCommand command = new AutomationCommand(form.get("name"), null, null, null, Match.ALL, List.of(),
				List.of(), 0, true);
		try {
			command = new AutomationCommand(form.get("name"),
					RuleForm.value(TicketStatus.values(), form.get("status"), "status"),
					RuleForm.value(SinceField.values(), form.get("since"), "since"),
					RuleForm.number(form.get("hours"), "hours"),
					RuleForm.value(Match.values(), form.getOrDefault("match", "ALL"), "match"), RuleForm.conditions(form),
					RuleForm.actions(form), RuleForm.number(form.get("position"), "position"), form.containsKey("active"));
			if (form.containsKey("preview")) {
				model.addAttribute("preview", automations.preview(command));
				model.addAttribute("previewLimit", Automations.PREVIEW_LIMIT);
				return page(model, id, version, command);
			}
			if (id == null) {
				automations.create(command);
			}
			else {
				automations.update(id, version, command);
			}
			redirect.addFlashAttribute("notice", "notice.automation.saved");
			return "redirect:/desk/automation/automations";
		}
		catch (ProblemException problem) {
			refusals.show(model, problem);
			return page(model, id, version, command);
		}
	}

	private String editPage(long edit, Model model) {
		AutomationView editing = automations.find(edit);
		return page(model, edit, editing.version(), new AutomationCommand(editing.name(), editing.status(),
				editing.since(), editing.hours(), editing.match(), editing.conditions(), editing.actions(),
				editing.position(), editing.active()));
	}

	private String page(Model model, Long edit, long version, AutomationCommand form) {
		model.addAttribute("automations", automations.all());
		model.addAttribute("editing", edit);
		model.addAttribute("version", version);
		model.addAttribute("form", form);
		model.addAttribute("conditionRows", RuleForm.conditionRows(form.conditions()));
		model.addAttribute("actionRows", RuleForm.actionRows(form.actions()));
		model.addAttribute("statuses", Arrays.stream(TicketStatus.values()).filter(s -> s != TicketStatus.CLOSED).toList());
		model.addAttribute("sinceFields", SinceField.values());
		choices.addTo(model, true);
		return "desk/automation/automations";
	}

}
