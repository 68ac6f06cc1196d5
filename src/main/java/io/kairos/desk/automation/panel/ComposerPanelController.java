package io.kairos.desk.automation.panel;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import io.kairos.desk.automation.macro.MacroView;
import io.kairos.desk.automation.macro.Macros;
import io.kairos.desk.automation.script.Scripts;
import io.kairos.desk.ticket.Tickets;
import io.kairos.desk.ticket.Viewer;
import io.kairos.desk.ticket.Viewers;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.web.SafeRedirect;

/**
 * The composer panel of the ticket page: a search box over macros and scripts. Each macro shows its text rendered
 * for this ticket with "insert" (fills the composer, {@code /js/composer.js}) and "apply" (a form with CSRF that
 * posts the reply and makes the macro's changes); each script has "insert". A ticket the viewer may not see is a
 * 404, as everywhere in the desk.
 */
@Controller
@PreAuthorize("hasAuthority('ticket.read')")
class ComposerPanelController {

	private static final int MAX_ITEMS = 20;

	private final Macros macros;

	private final Scripts scripts;

	private final Tickets tickets;

	private final Viewers viewers;

	ComposerPanelController(Macros macros, Scripts scripts, Tickets tickets, Viewers viewers) {
		this.macros = macros;
		this.scripts = scripts;
		this.tickets = tickets;
		this.viewers = viewers;
	}

	@GetMapping("/tickets/{id}/panels/macros")
	String panel(@PathVariable long id, @RequestParam(required = false) String q,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, java.util.Locale locale) {
		Viewer viewer = viewers.of(staff);
		tickets.get(id, viewer);
		String language = "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
		List<Item> items = macros.search(q, staff.id())
			.stream()
			.limit(MAX_ITEMS)
			.map(macro -> new Item(macro, macros.preview(id, macro.id(), language, staff, viewer).text()))
			.toList();
		model.addAttribute("ticketId", id);
		model.addAttribute("q", q);
		model.addAttribute("language", language);
		model.addAttribute("macros", items);
		model.addAttribute("scripts", scripts.search(q, null, null).stream().limit(MAX_ITEMS).toList());
		return "desk/automation/panel :: panel";
	}

	/**
	 * Applies a macro from the panel. From htmx the page reloads (HX-Refresh) to show the new message; a plain form
	 * goes back to the ticket page.
	 */
	@PostMapping("/tickets/{id}/panels/macros/{macroId}/apply")
	@PreAuthorize("hasAuthority('ticket.write')")
	ResponseEntity<Void> apply(@PathVariable long id, @PathVariable long macroId,
			@RequestParam(required = false) String redirect,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal StaffPrincipal staff, java.util.Locale locale) {
		macros.apply(id, macroId, "zh".equals(locale.getLanguage()) ? "zh-CN" : "en", staff, viewers.of(staff));
		if ("true".equals(htmx)) {
			return ResponseEntity.noContent().header("HX-Refresh", "true").build();
		}
		String back = redirect == null ? "/desk/tickets/" + id : SafeRedirect.localPath(redirect);
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", back).build();
	}

	record Item(MacroView macro, String text) {
	}

}
