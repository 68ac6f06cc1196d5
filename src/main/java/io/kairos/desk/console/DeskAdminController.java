package io.kairos.desk.console;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.desk.category.Categories;
import io.kairos.desk.team.AssignmentMode;
import io.kairos.desk.team.Teams;
import io.kairos.identity.StaffDirectory;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.web.FormBinding;

/** The desk admin's pages: the category tree (add, rename, deactivate) and the teams (add, members, mode). */
@Controller
@RequestMapping("/desk/admin")
@PreAuthorize("hasAuthority('desk.admin')")
class DeskAdminController {

	private final Categories categories;

	private final Teams teams;

	private final StaffDirectory staff;

	DeskAdminController(Categories categories, Teams teams, StaffDirectory staff) {
		this.categories = categories;
		this.teams = teams;
		this.staff = staff;
	}

	@GetMapping("/categories")
	String categories(Model model) {
		model.addAttribute("category", CategoryForm.empty());
		return categoryPage(model);
	}

	@PostMapping("/categories")
	String addCategory(@ModelAttribute("category") CategoryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			categories.create(form.parentId(), form.code(), form.nameZh(), form.nameEn());
			redirect.addFlashAttribute("notice", "notice.desk.category.created");
			return "redirect:/desk/admin/categories";
		}
		catch (ProblemException problem) {
			FormBinding.reject(result, problem);
			return categoryPage(model);
		}
	}

	@PostMapping("/categories/{id}")
	String renameCategory(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String nameZh, @RequestParam(required = false) String nameEn,
			RedirectAttributes redirect) {
		return done(redirect, "/desk/admin/categories", "notice.desk.category.saved",
				() -> categories.rename(id, version == null ? -1 : version, nameZh, nameEn));
	}

	@PostMapping("/categories/{id}/active")
	String activateCategory(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam boolean active, RedirectAttributes redirect) {
		return done(redirect, "/desk/admin/categories", "notice.desk.category.saved",
				() -> categories.activate(id, version == null ? -1 : version, active));
	}

	@GetMapping("/teams")
	String teams(Model model) {
		model.addAttribute("team", TeamForm.empty());
		return teamPage(model);
	}

	@PostMapping("/teams")
	String addTeam(@ModelAttribute("team") TeamForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			teams.create(form.name(), form.description(), form.assignmentMode());
			redirect.addFlashAttribute("notice", "notice.desk.team.created");
			return "redirect:/desk/admin/teams";
		}
		catch (ProblemException problem) {
			FormBinding.reject(result, problem);
			return teamPage(model);
		}
	}

	@PostMapping("/teams/{id}/members")
	String members(@PathVariable long id, @RequestParam(name = "members", required = false) List<Long> members,
			RedirectAttributes redirect) {
		return done(redirect, "/desk/admin/teams", "notice.desk.team.saved",
				() -> teams.replaceMembers(id, members == null ? List.of() : members));
	}

	@PostMapping("/teams/{id}/mode")
	String mode(@PathVariable long id, @RequestParam AssignmentMode assignmentMode, RedirectAttributes redirect) {
		return done(redirect, "/desk/admin/teams", "notice.desk.team.saved", () -> teams.changeMode(id, assignmentMode));
	}

	private String categoryPage(Model model) {
		model.addAttribute("categories", categories.all());
		model.addAttribute("versions", categories.versions());
		return "desk/admin-categories";
	}

	private String teamPage(Model model) {
		model.addAttribute("teams", teams.all());
		model.addAttribute("staff", staff.enabled());
		model.addAttribute("modes", AssignmentMode.values());
		return "desk/admin-teams";
	}

	private static String done(RedirectAttributes redirect, String page, String notice, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ProblemException problem) {
			redirect.addFlashAttribute("alert", problem.messageKey());
			redirect.addFlashAttribute("alertArgs", problem.arguments());
		}
		return "redirect:" + page;
	}

}
