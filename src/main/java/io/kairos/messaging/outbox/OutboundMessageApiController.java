package io.kairos.messaging.outbox;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.shared.paging.Keyset;

/** The outbox over the API, addresses masked: the listing (newest first, keyset paging) and sending a dead letter again. */
@RestController
@RequestMapping(path = "/api/v1/outbound-messages", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('messaging.admin')")
class OutboundMessageApiController {

	private final OutboundMessages messages;

	OutboundMessageApiController(OutboundMessages messages) {
		this.messages = messages;
	}

	@GetMapping
	Keyset.Page<OutboundMessageView> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer size) {
		return messages.page(status, kind, channel, Keyset.of(cursor, size));
	}

	@GetMapping("/{id}")
	OutboundMessageView one(@PathVariable UUID id) {
		return messages.find(id);
	}

	@PostMapping("/{id}/retry")
	OutboundMessageView retry(@PathVariable UUID id) {
		return messages.retry(id);
	}

}
