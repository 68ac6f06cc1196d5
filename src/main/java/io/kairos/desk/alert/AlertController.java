package io.kairos.desk.alert;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import io.kairos.identity.StaffPrincipal;

/** The signed-in person's unread alerts: a page in the console and the same list over the API. */
@Controller
class AlertController {

	private static final int LIMIT = 100;

	private final StaffAlerts alerts;

	AlertController(StaffAlerts alerts) {
		this.alerts = alerts;
	}

	@GetMapping("/desk/alerts")
	@PreAuthorize("hasAuthority('ticket.read')")
	String page(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("alerts", alerts.unread(staff.id(), LIMIT));
		return "desk/alert/alerts";
	}

	@PostMapping("/desk/alerts/read")
	@PreAuthorize("hasAuthority('ticket.read')")
	String markRead(@AuthenticationPrincipal StaffPrincipal staff) {
		alerts.markAllRead(staff.id());
		return "redirect:/desk/alerts";
	}

	/** A small badge for the console's header, polled by htmx. */
	@GetMapping("/desk/alerts/count")
	@PreAuthorize("hasAuthority('ticket.read')")
	String count(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("count", alerts.unreadCount(staff.id()));
		return "desk/alert/alerts :: badge";
	}

	@GetMapping(path = "/api/v1/alerts", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.read')")
	@ResponseBody
	List<StaffAlerts.StaffAlert> list(@AuthenticationPrincipal StaffPrincipal staff) {
		return alerts.unread(staff.id(), LIMIT);
	}

	@PostMapping(path = "/api/v1/alerts/read", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.read')")
	@ResponseBody
	Map<String, Integer> readAll(@AuthenticationPrincipal StaffPrincipal staff) {
		return Map.of("read", alerts.markAllRead(staff.id()));
	}

}
