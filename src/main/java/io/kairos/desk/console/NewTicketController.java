package io.kairos.desk.console;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketType;
import io.kairos.desk.category.Categories;
import io.kairos.desk.team.Teams;
import io.kairos.desk.ticket.TicketView;
import io.kairos.desk.ticket.Tickets;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.web.FormBinding;

/** The form to open a ticket from the console, for a known customer or a new requester. */
@Controller
@PreAuthorize("hasAuthority('ticket.write')")
class NewTicketController {

	private final Tickets tickets;

	private final Categories categories;

	private final Teams teams;

	private final DeskNames names;

	NewTicketController(Tickets tickets, Categories categories, Teams teams, DeskNames names) {
		this.tickets = tickets;
		this.categories = categories;
		this.teams = teams;
		this.names = names;
	}

	@GetMapping("/desk/tickets/new")
	String form(@RequestParam(required = false) Long customerId, Model model) {
		model.addAttribute("form", NewTicketForm.forCustomer(customerId));
		return page(model, customerId);
	}

	@PostMapping("/desk/tickets")
	String open(@Valid @ModelAttribute("form") NewTicketForm form, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				TicketView ticket = tickets.open(form.toNewTicket(), staff.id());
				redirect.addFlashAttribute("notice", "notice.desk.ticket.opened");
				return "redirect:/desk/tickets/" + ticket.id();
			}
			catch (ProblemException problem) {
				FormBinding.reject(result, new ProblemException(problem.status(), problem.messageKey(),
						NewTicketForm.field(problem.field()), problem.arguments()));
			}
		}
		return page(model, form.customerId());
	}

	private String page(Model model, Long customerId) {
		model.addAttribute("knownCustomer", customerId == null ? null : names.customer(customerId).orElse(null));
		model.addAttribute("categories", categories.all().stream().filter(category -> category.active()).toList());
		model.addAttribute("teams", teams.all());
		model.addAttribute("allChannels", TicketChannel.values());
		model.addAttribute("allTypes", TicketType.values());
		model.addAttribute("allPriorities", TicketPriority.values());
		return "desk/new";
	}

}
