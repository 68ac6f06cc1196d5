package io.kairos.desk.followup.step;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import io.kairos.desk.ServiceStep;
import io.kairos.desk.category.Categories;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;

/** The administrators' editor of the seven steps' checklists, per category or the defaults, one step at a time. */
@Controller
@RequestMapping("/desk/checklists")
@PreAuthorize("hasAuthority('desk.admin')")
class ChecklistPageController {

	private static final int SPARE_ROWS = 2;

	private final ChecklistCatalog catalog;

	private final ChecklistScopes scopes;

	private final Categories categories;

	private final Problems problems;

	ChecklistPageController(ChecklistCatalog catalog, ChecklistScopes scopes, Categories categories, Problems problems) {
		this.catalog = catalog;
		this.scopes = scopes;
		this.categories = categories;
		this.problems = problems;
	}

	@GetMapping
	String editor(@RequestParam(required = false) String category, @RequestParam(defaultValue = "1") int step,
			Model model) {
		ServiceStep chosen = scopes.step(step);
		Long scope = scopes.categoryId(category);
		model.addAttribute("form", ChecklistForm.of(scopes.code(category), step, catalog.own(scope, chosen), SPARE_ROWS));
		return show(scope, chosen, model);
	}

	@PostMapping
	String save(@ModelAttribute("form") ChecklistForm form, Model model, RedirectAttributes redirect) {
		ServiceStep step = scopes.step(form.getStep());
		Long scope = scopes.categoryId(form.getCategory());
		try {
			catalog.replace(scope, step, form.items());
		}
		catch (ProblemException problem) {
			model.addAttribute("refusal", problems.message(problem.messageKey(), problem.arguments()));
			return show(scope, step, model);
		}
		redirect.addFlashAttribute("notice", "notice.checklist.saved");
		String code = scopes.code(form.getCategory());
		return "redirect:" + UriComponentsBuilder.fromPath("/desk/checklists")
			.queryParamIfPresent("category", java.util.Optional.ofNullable(code))
			.queryParam("step", step.number())
			.encode()
			.toUriString();
	}

	private String show(Long scope, ServiceStep step, Model model) {
		model.addAttribute("categories", categories.all());
		model.addAttribute("steps", ServiceStep.values());
		model.addAttribute("inherited", catalog.own(scope, step).isEmpty() ? catalog.applicable(scope, step) : null);
		return "desk/followup/checklists";
	}

}
