package io.kairos.desk.automation.admin;

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

import io.kairos.desk.automation.script.ScriptCommand;
import io.kairos.desk.automation.script.ScriptKind;
import io.kairos.desk.automation.script.ScriptStep;
import io.kairos.desk.automation.script.ScriptView;
import io.kairos.desk.automation.script.Scripts;
import io.kairos.shared.api.ProblemException;

/** The admin page of the script library: search by text and step, and a form to write or change a script. */
@Controller
@RequestMapping("/desk/automation/scripts")
@PreAuthorize("hasAuthority('desk.admin')")
class ScriptPagesController {

	private final Scripts scripts;

	private final Refusals refusals;

	ScriptPagesController(Scripts scripts, Refusals refusals) {
		this.scripts = scripts;
		this.refusals = refusals;
	}

	@GetMapping
	String page(@RequestParam(required = false) String q, @RequestParam(required = false) ScriptStep step,
			@RequestParam(required = false) Long edit, Model model) {
		ScriptView editing = edit == null ? null : scripts.find(edit);
		ScriptCommand form = editing == null ? new ScriptCommand(ScriptKind.APPRECIATIVE, null, null, null, null, 0)
				: new ScriptCommand(editing.kind(), editing.titleZh(), editing.titleEn(), editing.textZh(),
						editing.textEn(), editing.position());
		return page(model, q, step, edit, editing == null ? 0 : editing.version(), form);
	}

	@PostMapping
	String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		ScriptCommand command = command(form);
		try {
			scripts.create(command);
			redirect.addFlashAttribute("notice", "notice.automation.saved");
			return "redirect:/desk/automation/scripts";
		}
		catch (ProblemException problem) {
			refusals.show(model, problem);
			return page(model, null, null, null, 0, command);
		}
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		ScriptCommand command = command(form);
		long version = RuleForm.version(form.get("version"));
		try {
			scripts.update(id, version, command);
			redirect.addFlashAttribute("notice", "notice.automation.saved");
			return "redirect:/desk/automation/scripts";
		}
		catch (ProblemException problem) {
			refusals.show(model, problem);
			return page(model, null, null, id, version, command);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		scripts.delete(id);
		redirect.addFlashAttribute("notice", "notice.automation.deleted");
		return "redirect:/desk/automation/scripts";
	}

	private String page(Model model, String q, ScriptStep step, Long edit, long version, ScriptCommand form) {
		model.addAttribute("scripts", scripts.search(q, step, null));
		model.addAttribute("q", q);
		model.addAttribute("step", step);
		model.addAttribute("steps", ScriptStep.values());
		model.addAttribute("kinds", ScriptKind.values());
		model.addAttribute("editing", edit);
		model.addAttribute("version", version);
		model.addAttribute("form", form);
		return "desk/automation/scripts";
	}

	private static ScriptCommand command(Map<String, String> form) {
		String kind = form.get("kind");
		ScriptKind parsed = java.util.Arrays.stream(ScriptKind.values())
			.filter(k -> k.name().equals(kind))
			.findFirst()
			.orElse(null);
		Integer position;
		try {
			position = RuleForm.number(form.get("position"), "position");
		}
		catch (ProblemException notANumber) {
			position = -1;
		}
		return new ScriptCommand(parsed, form.get("titleZh"), form.get("titleEn"), form.get("textZh"), form.get("textEn"),
				position);
	}

}
