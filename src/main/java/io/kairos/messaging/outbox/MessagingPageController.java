package io.kairos.messaging.outbox;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.messaging.gateway.DeliveryChannel;
import io.kairos.messaging.gateway.GatewayLog;
import io.kairos.shared.paging.Keyset;

/** Admin pages of the outbox: all messages (filtered), the dead letters with "send again", the gateway log. */
@Controller
@PreAuthorize("hasAuthority('messaging.admin')")
class MessagingPageController {

	private final OutboundMessages messages;

	private final GatewayLog gatewayLog;

	MessagingPageController(OutboundMessages messages, GatewayLog gatewayLog) {
		this.messages = messages;
		this.gatewayLog = gatewayLog;
	}

	@GetMapping("/admin/messaging/messages")
	String messages(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String cursor,
			Model model) {
		model.addAttribute("page", messages.page(status, kind, channel, Keyset.of(cursor, null)));
		model.addAttribute("status", status);
		model.addAttribute("kind", kind);
		model.addAttribute("channel", channel);
		model.addAttribute("statuses", List.of(MessageStatus.values()));
		model.addAttribute("channels", List.of(DeliveryChannel.values()));
		return "messaging/messages";
	}

	@GetMapping("/admin/messaging/dead-letters")
	String deadLetters(@RequestParam(required = false) String cursor, Model model) {
		model.addAttribute("page", messages.page(MessageStatus.DEAD.name(), null, null, Keyset.of(cursor, null)));
		return "messaging/dead-letters";
	}

	@PostMapping("/admin/messaging/messages/{id}/retry")
	String retry(@PathVariable UUID id, RedirectAttributes redirect) {
		messages.retry(id);
		redirect.addFlashAttribute("notice", "notice.messaging.retried");
		return "redirect:/admin/messaging/dead-letters";
	}

	@GetMapping("/admin/messaging/gateway-log")
	String gatewayLog(@RequestParam(required = false) String cursor, Model model) {
		model.addAttribute("page", gatewayLog.page(Keyset.of(cursor, null)));
		return "messaging/gateway-log";
	}

}
