package io.kairos.desk.routing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.desk.team.AssignmentMode;
import io.kairos.desk.team.Teams;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;

/**
 * Two small pages: an agent's own availability (with their capacity and skills, read-only), and a team's load
 * for its supervisors, where they set members' availability and desk admins the team's assignment mode.
 */
@Controller
class RoutingPageController {

	private final RoutingProfiles profiles;

	private final TeamLoads loads;

	private final TeamRoster roster;

	private final Teams teams;

	RoutingPageController(RoutingProfiles profiles, TeamLoads loads, TeamRoster roster, Teams teams) {
		this.profiles = profiles;
		this.loads = loads;
		this.roster = roster;
		this.teams = teams;
	}

	@GetMapping("/desk/availability")
	@PreAuthorize("hasAuthority('ticket.read')")
	String availability(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("profile", profiles.find(me.id()));
		model.addAttribute("availabilities", Availability.values());
		List<Teams.TeamView> mine = new ArrayList<>();
		roster.teamsOf(me.id()).forEach(id -> teams.find(id).ifPresent(mine::add));
		model.addAttribute("teams", mine);
		return "routing/availability";
	}

	@PostMapping("/desk/availability")
	@PreAuthorize("hasAuthority('ticket.read')")
	String setAvailability(@RequestParam Availability availability, @RequestParam long version,
			@AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
		change(me.id(), version, availability, me, redirect);
		return "redirect:/desk/availability";
	}

	@GetMapping("/desk/teams/{id}/load")
	@PreAuthorize("hasAuthority('routing.manage') or hasAuthority('desk.admin')")
	String load(@PathVariable long id, Model model) {
		model.addAttribute("load", loads.of(id));
		model.addAttribute("availabilities", Availability.values());
		model.addAttribute("modes", AssignmentMode.values());
		return "routing/team-load";
	}

	@PostMapping("/desk/teams/{id}/load/availability")
	@PreAuthorize("hasAuthority('routing.manage') or hasAuthority('desk.admin')")
	String setMemberAvailability(@PathVariable long id, @RequestParam long staffId,
			@RequestParam Availability availability, @AuthenticationPrincipal StaffPrincipal me,
			RedirectAttributes redirect) {
		if (!roster.isMember(id, staffId)) {
			throw ProblemException.invalid("staffId", "problem.ticket.assignee.not-in-team");
		}
		change(staffId, profiles.find(staffId).version(), availability, me, redirect);
		return "redirect:/desk/teams/" + id + "/load";
	}

	@PostMapping("/desk/teams/{id}/assignment-mode")
	@PreAuthorize("hasAuthority('desk.admin')")
	String setMode(@PathVariable long id, @RequestParam AssignmentMode assignmentMode, RedirectAttributes redirect) {
		loads.changeMode(id, assignmentMode);
		redirect.addFlashAttribute("notice", "notice.routing.mode.saved");
		return "redirect:/desk/teams/" + id + "/load";
	}

	private void change(long staffId, long version, Availability availability, StaffPrincipal me,
			RedirectAttributes redirect) {
		try {
			profiles.change(staffId, version, ProfileChanges.availability(availability), me);
			redirect.addFlashAttribute("notice", "notice.routing.availability.saved");
		}
		catch (ProblemException refused) {
			redirect.addFlashAttribute("alert", refused.messageKey());
			redirect.addFlashAttribute("alertArgs", refused.arguments());
		}
	}

}
