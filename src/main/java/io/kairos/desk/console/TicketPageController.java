package io.kairos.desk.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.desk.TicketStatus;
import io.kairos.desk.conversation.Conversation;
import io.kairos.desk.conversation.Upload;
import io.kairos.desk.ticket.TicketView;
import io.kairos.desk.ticket.Tickets;
import io.kairos.desk.ticket.Viewer;
import io.kairos.desk.ticket.Viewers;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.web.FormBinding;

/**
 * The agent's ticket page: header and clocks, conversation and composer, actions, customer side, history and the
 * desk's panels. Every write goes through the desk's services; a refused form is shown again with the refusal.
 */
@Controller
@RequestMapping("/desk/tickets/{id}")
@PreAuthorize("hasAuthority('ticket.read')")
class TicketPageController {

	private final TicketPages pages;

	private final Tickets tickets;

	private final Conversation conversation;

	private final Viewers viewers;

	TicketPageController(TicketPages pages, Tickets tickets, Conversation conversation, Viewers viewers) {
		this.pages = pages;
		this.tickets = tickets;
		this.conversation = conversation;
		this.viewers = viewers;
	}

	@GetMapping
	String show(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		pages.fill(id, staff, model);
		return "desk/ticket";
	}

	@PostMapping("/messages")
	@PreAuthorize("hasAuthority('ticket.write')")
	String post(@PathVariable long id, @Valid @ModelAttribute("composer") ComposerForm composer, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				conversation.post(id, composer.toMessage(), uploads(files), viewers.of(staff));
				redirect.addFlashAttribute("notice", "notice.desk.message.posted");
				return "redirect:/desk/tickets/" + id + "#conversation";
			}
			catch (ProblemException problem) {
				if (problem.status().value() == 404) {
					throw problem;
				}
				// Only the body is a field of the form; refused files and the ticket's state show above it.
				FormBinding.reject(result, "body".equals(problem.field()) ? problem
						: new ProblemException(problem.status(), problem.messageKey(), null, problem.arguments()));
			}
		}
		pages.fill(id, staff, model);
		return "desk/ticket";
	}

	@PostMapping("/edit")
	@PreAuthorize("hasAuthority('ticket.write')")
	String edit(@PathVariable long id, @ModelAttribute("edit") TicketEditForm edit, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				tickets.update(id, edit.expectedVersion(), edit.toChanges(), viewers.of(staff));
				redirect.addFlashAttribute("notice", "notice.desk.ticket.saved");
				return "redirect:/desk/tickets/" + id;
			}
			catch (ProblemException problem) {
				if (problem.status().value() == 404) {
					throw problem;
				}
				FormBinding.reject(result, problem);
			}
		}
		pages.fill(id, staff, model);
		return "desk/ticket";
	}

	/** Any move the status rules allow from where the ticket stands: resolve, reopen, pending, on hold, close. */
	@PostMapping("/status")
	@PreAuthorize("hasAuthority('ticket.write')")
	String move(@PathVariable long id, @RequestParam TicketStatus status, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes redirect) {
		Viewer viewer = viewers.of(staff);
		return refusedOrDone(id, redirect, () -> tickets.move(id, status, viewer), "notice.desk.ticket.moved");
	}

	/** The agent takes the ticket, keeping its team. */
	@PostMapping("/take")
	@PreAuthorize("hasAuthority('ticket.write')")
	String take(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		Viewer viewer = viewers.of(staff);
		TicketView ticket = tickets.find(id, viewer);
		return refusedOrDone(id, redirect, () -> tickets.assign(id, ticket.teamId(), staff.id(), viewer),
				"notice.desk.ticket.taken");
	}

	private static String refusedOrDone(long id, RedirectAttributes redirect, Runnable change, String notice) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ProblemException problem) {
			if (problem.status().value() == 404) {
				throw problem;
			}
			redirect.addFlashAttribute("alert", problem.messageKey());
			redirect.addFlashAttribute("alertArgs", problem.arguments());
		}
		return "redirect:/desk/tickets/" + id;
	}

	private static List<Upload> uploads(List<MultipartFile> files) {
		List<Upload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue; // a file input left empty
			}
			try {
				uploads.add(new Upload(file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}

}
