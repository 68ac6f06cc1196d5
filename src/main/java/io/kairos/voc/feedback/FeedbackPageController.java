package io.kairos.voc.feedback;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;
import io.kairos.shared.paging.Keyset;

/**
 * The feedback inbox page: filters and pages, a form for suggestions and praise, and triage (category, priority,
 * assignee, status) for those who manage feedback; others see the praise routed to them. Also the category list.
 */
@Controller
class FeedbackPageController {

	private final FeedbackInbox inbox;

	private final FeedbackCategories categories;

	private final StaffDirectory staff;

	private final Problems problems;

	FeedbackPageController(FeedbackInbox inbox, FeedbackCategories categories, StaffDirectory staff, Problems problems) {
		this.inbox = inbox;
		this.categories = categories;
		this.staff = staff;
		this.problems = problems;
	}

	@GetMapping("/voc/feedback")
	@PreAuthorize("hasAnyAuthority('feedback.manage', 'ticket.write')")
	String list(@RequestParam(required = false) FeedbackKind kind, @RequestParam(required = false) FeedbackStatus status,
			@RequestParam(required = false) Long category, @RequestParam(required = false) FeedbackPriority priority,
			@RequestParam(required = false) boolean mine, @RequestParam(required = false) String cursor,
			@AuthenticationPrincipal StaffPrincipal principal, Model model, Locale locale) {
		boolean manager = principal.hasPermission("feedback.manage");
		boolean routedOnly = mine || !manager;
		Keyset.Page<FeedbackItem> page = inbox.list(
				new FeedbackFilter(kind, status, category, priority, null, routedOnly ? principal.id() : null),
				Keyset.of(cursor, 25));
		List<StaffMember> people = staff.enabled();
		model.addAttribute("page", page);
		model.addAttribute("manager", manager);
		model.addAttribute("filter", new Filter(kind, status, category, priority, routedOnly));
		model.addAttribute("kinds", FeedbackKind.values());
		model.addAttribute("newKinds", List.of(FeedbackKind.SUGGESTION, FeedbackKind.PRAISE));
		model.addAttribute("statuses", FeedbackStatus.values());
		model.addAttribute("priorities", FeedbackPriority.values());
		model.addAttribute("categories", categories.all());
		model.addAttribute("categoryNames", categories.all().stream()
			.collect(Collectors.toMap(FeedbackCategory::id, c -> c.name(locale))));
		model.addAttribute("people", people);
		model.addAttribute("names", people.stream().collect(Collectors.toMap(StaffMember::id, StaffMember::displayName)));
		return "voc/feedback";
	}

	@PostMapping("/voc/feedback")
	@PreAuthorize("hasAnyAuthority('feedback.manage', 'ticket.write')")
	String create(@RequestParam(required = false) FeedbackKind kind, @RequestParam(required = false) String body,
			@RequestParam(required = false) Long customerId, @RequestParam(required = false) Long staffId,
			@RequestParam(required = false) Long categoryId, @RequestParam(required = false) FeedbackPriority priority,
			@AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect) {
		attempt(redirect, () -> inbox.create(new NewFeedback(kind, body, customerId, null, staffId, categoryId, priority),
				principal.id()));
		return "redirect:/voc/feedback";
	}

	@PostMapping("/voc/feedback/{id}")
	@PreAuthorize("hasAuthority('feedback.manage')")
	String triage(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long categoryId,
			@RequestParam(required = false) FeedbackPriority priority, @RequestParam(required = false) Long assigneeId,
			@RequestParam(required = false) FeedbackStatus status, RedirectAttributes redirect) {
		attempt(redirect, () -> inbox.update(id, version,
				new FeedbackChange(categoryId, priority, assigneeId, assigneeId == null, status)));
		return "redirect:/voc/feedback";
	}

	@GetMapping("/voc/feedback/categories")
	@PreAuthorize("hasAuthority('feedback.category.manage')")
	String categories(Model model) {
		model.addAttribute("categories", categories.all());
		return "voc/feedback-categories";
	}

	@PostMapping("/voc/feedback/categories")
	@PreAuthorize("hasAuthority('feedback.category.manage')")
	String createCategory(@RequestParam(required = false) String code, @RequestParam(required = false) String nameEn,
			@RequestParam(required = false) String nameZh, RedirectAttributes redirect) {
		attempt(redirect, () -> categories.create(code, nameEn, nameZh));
		return "redirect:/voc/feedback/categories";
	}

	@PostMapping("/voc/feedback/categories/{id}")
	@PreAuthorize("hasAuthority('feedback.category.manage')")
	String updateCategory(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String nameEn,
			@RequestParam(required = false) String nameZh, @RequestParam(required = false) boolean active,
			RedirectAttributes redirect) {
		attempt(redirect, () -> categories.update(id, version, nameEn, nameZh, active));
		return "redirect:/voc/feedback/categories";
	}

	private void attempt(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (ProblemException problem) {
			redirect.addFlashAttribute("refusal", problems.message(problem.messageKey(), problem.arguments()));
		}
	}

	/** The filters as the page shows them again. */
	record Filter(FeedbackKind kind, FeedbackStatus status, Long category, FeedbackPriority priority, boolean mine) {
	}

}
