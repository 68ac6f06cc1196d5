package io.kairos.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.kairos.identity.Role;
import io.kairos.identity.StaffPrincipal;

/** The home dashboard: for now, what each of the user's roles will find here as modules arrive. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		List<Role> roles = me.roles().stream().sorted().toList();
		model.addAttribute("roles", roles);
		return "home";
	}

}
