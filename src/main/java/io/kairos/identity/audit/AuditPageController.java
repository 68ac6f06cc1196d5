package io.kairos.identity.audit;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.paging.Keyset;

/** The audit log viewer: filter by actor, action, record and time (in the viewer's time zone). */
@Controller
@PreAuthorize("hasAuthority('audit.read')")
class AuditPageController {

	private final AuditQueries queries;

	AuditPageController(AuditQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to,
			@RequestParam(required = false) String cursor, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		ZoneId zone = ZoneId.of(me.timeZone());
		AuditFilter filter = new AuditFilter(actor, action, subjectType, subjectId,
				from == null ? null : from.atZone(zone).toInstant(), to == null ? null : to.atZone(zone).toInstant());
		model.addAttribute("page", queries.page(filter, Keyset.of(cursor, 50)));
		model.addAttribute("filter", filter);
		model.addAttribute("fromLocal", from);
		model.addAttribute("toLocal", to);
		return "admin/audit";
	}

}
