package io.kairos.desk.automation.admin;

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

import io.kairos.desk.automation.rule.Match;
import io.kairos.desk.automation.trigger.FiresOn;
import io.kairos.desk.automation.trigger.TriggerCommand;
import io.kairos.desk.automation.trigger.TriggerView;
import io.kairos.desk.automation.trigger.Triggers;
import io.kairos.shared.api.ProblemException;

/** The admin page of triggers: the ordered list with their state, and a form with condition and action rows. */
@Controller
@RequestMapping("/desk/automation/triggers")
@PreAuthorize("hasAuthority('desk.admin')")
class TriggerPagesController {

	private final Triggers triggers;

	private final RuleChoices choices;

	private final Refusals refusals;

	TriggerPagesController(Triggers triggers, RuleChoices choices, Refusals refusals) {
		this.triggers = triggers;
		this.choices = choices;
		this.refusals = refusals;
	}

	@GetMapping
	String page(@RequestParam(required = false) Long edit, Model model) {
		TriggerView editing = edit == null ? null : triggers.find(edit);
		TriggerCommand form = editing == null
				? new TriggerCommand(null, FiresOn.CREATE, Match.ALL, List.of(), List.of(), 0, true)
				: new TriggerCommand(editing.name(), editing.firesOn(), editing.match(), editing.conditions(),
						editing.actions(), editing.position(), editing.active());
		return page(model, edit, editing == null ? 0 : editing.version(), form);
	}

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
		triggers.delete(id);
		redirect.addFlashAttribute("notice", "notice.automation.deleted");
		return "redirect:/desk/automation/triggers";
	}

	private String save(Long id, Map<String, String> form, Model model, RedirectAttributes redirect) {
		long version = RuleForm.version(form.get("version"));
		TriggerCommand command = new TriggerCommand(form.get("name"), null, Match.ALL, List.of(), List.of(), 0, true);
		try {
			command = new TriggerCommand(form.get("name"), RuleForm.value(FiresOn.values(), form.get("firesOn"), "firesOn"),
					RuleForm.value(Match.values(), form.getOrDefault("match", "ALL"), "match"), RuleForm.conditions(form),
					RuleForm.actions(form), RuleForm.number(form.get("position"), "position"), form.containsKey("active"));
			if (id == null) {
				triggers.create(command);
			}
			else {
				triggers.update(id, version, command);
			}
			redirect.addFlashAttribute("notice", "notice.automation.saved");
			return "redirect:/desk/automation/triggers";
		}
		catch (ProblemException problem) {
			refusals.show(model, problem);
			return page(model, id, version, command);
		}
	}

	private String page(Model model, Long edit, long version, TriggerCommand form) {
		model.addAttribute("triggers", triggers.all());
		model.addAttribute("editing", edit);
		model.addAttribute("version", version);
		model.addAttribute("form", form);
		model.addAttribute("conditionRows", RuleForm.conditionRows(form.conditions()));
		model.addAttribute("actionRows", RuleForm.actionRows(form.actions()));
		model.addAttribute("firesOnChoices", FiresOn.values());
		choices.addTo(model, false);
		return "desk/automation/triggers";
	}

}
