package io.kairos.identity.user;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import io.kairos.identity.Role;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.paging.Keyset;
import io.kairos.shared.web.FormBinding;

/** Admin pages for staff users: list and search, add, change, disable and enable, reset a password. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAuthority('user.admin')")
class UserAdminController {

	private final StaffUsers users;

	UserAdminController(StaffUsers users) {
		this.users = users;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
			Model model) {
		model.addAttribute("page", users.page(Keyset.of(cursor, Keyset.DEFAULT_SIZE), q));
		model.addAttribute("q", q);
		return "admin/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("user", new NewStaffUser(null, null, null, null, java.util.Set.of(Role.AGENT), null));
		return "admin/user-new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("user") NewStaffUser user, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "admin/user-new";
		}
		try {
			StaffUserView created = users.create(user);
			redirect.addFlashAttribute("notice", "notice.user.created");
			return "redirect:/admin/users/" + created.id();
		}
		catch (ProblemException problem) {
			FormBinding.reject(result, problem);
			return "admin/user-new";
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		StaffUserView user = users.find(id);
		model.addAttribute("subject", user);
		model.addAttribute("form", UserEditForm.of(user));
		return "admin/user-edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UserEditForm form, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				users.update(id, form.version(), form.changes(), me.id());
				redirect.addFlashAttribute("notice", "notice.user.saved");
				return "redirect:/admin/users/" + id;
			}
			catch (ProblemException problem) {
				FormBinding.reject(result, problem);
			}
		}
		model.addAttribute("subject", users.find(id));
		return "admin/user-edit";
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, @RequestParam long version,
			@AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
		try {
			users.update(id, version, new StaffUserChanges(null, null, null, enabled, null), me.id());
			redirect.addFlashAttribute("notice", enabled ? "notice.user.enabled" : "notice.user.disabled");
		}
		catch (ProblemException problem) {
			redirect.addFlashAttribute("alert", problem.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam(required = false) String password,
			RedirectAttributes redirect) {
		try {
			users.resetPassword(id, password);
			redirect.addFlashAttribute("notice", "notice.user.password-reset");
		}
		catch (ProblemException problem) {
			redirect.addFlashAttribute("alert", problem.messageKey());
			redirect.addFlashAttribute("alertArgs", problem.arguments());
		}
		return "redirect:/admin/users/" + id;
	}

}
