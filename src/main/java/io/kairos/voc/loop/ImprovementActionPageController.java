package io.kairos.voc.loop;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.identity.StaffDirectory;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;
import io.kairos.shared.paging.Keyset;
import io.kairos.voc.feedback.FeedbackCategories;
import io.kairos.voc.feedback.FeedbackCategory;

/** The improvement actions page (outer loop): read with {@code voc.read}, add and move on with {@code feedback.manage}. */
@Controller
class ImprovementActionPageController {

	private final ImprovementActions actions;

	private final FeedbackCategories categories;

	private final StaffDirectory staff;

	private final Problems problems;

	ImprovementActionPageController(ImprovementActions actions, FeedbackCategories categories, StaffDirectory staff,
			Problems problems) {
		this.actions = actions;
		this.categories = categories;
		this.staff = staff;
		this.problems = problems;
	}

	@GetMapping("/voc/improvement-actions")
	@PreAuthorize("hasAnyAuthority('voc.read', 'feedback.manage')")
	String list(@RequestParam(required = false) ActionStatus status, @RequestParam(required = false) Long category,
			@RequestParam(required = false) String cursor, Model model, Locale locale) {
		List<FeedbackCategory> all = categories.all();
		model.addAttribute("page", actions.list(status, category, Keyset.of(cursor, 25)));
		model.addAttribute("status", status);
		model.addAttribute("category", category);
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("categories", all);
		model.addAttribute("categoryNames", all.stream().collect(Collectors.toMap(FeedbackCategory::id, c -> c.name(locale))));
		model.addAttribute("people", staff.enabled());
		return "voc/improvement-actions";
	}

	@PostMapping("/voc/improvement-actions")
	@PreAuthorize("hasAuthority('feedback.manage')")
	String create(@RequestParam(required = false) String title, @RequestParam(required = false) String description,
			@RequestParam(required = false) Long categoryId, @RequestParam(required = false) Long ownerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
			RedirectAttributes redirect) {
		attempt(redirect, () -> actions.create(new ActionCommand(title, description, categoryId, ownerId, null, dueDate)));
		return "redirect:/voc/improvement-actions";
	}

	@PostMapping("/voc/improvement-actions/{id}")
	@PreAuthorize("hasAuthority('feedback.manage')")
	String update(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) ActionStatus status,
			@RequestParam(required = false) Long ownerId, RedirectAttributes redirect) {
		attempt(redirect, () -> actions.update(id, version, new ActionCommand(null, null, null, ownerId, status, null)));
		return "redirect:/voc/improvement-actions";
	}

	private void attempt(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (ProblemException problem) {
			redirect.addFlashAttribute("refusal", problems.message(problem.messageKey(), problem.arguments()));
		}
	}

}
