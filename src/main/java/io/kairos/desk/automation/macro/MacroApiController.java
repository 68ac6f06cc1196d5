package io.kairos.desk.automation.macro;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.desk.ticket.Viewers;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.Versions;

/**
 * Macros over the API: search, write (shared ones need desk.admin, personal ones any agent), preview on a ticket
 * and apply to it. A ticket the caller may not see is a 404, as everywhere in the desk.
 */
@RestController
class MacroApiController {

	private final Macros macros;

	private final Viewers viewers;

	MacroApiController(Macros macros, Viewers viewers) {
		this.macros = macros;
		this.viewers = viewers;
	}

	@GetMapping(path = "/api/v1/macros", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyAuthority('ticket.read', 'desk.admin')")
	List<MacroView> search(@RequestParam(required = false) String q, @AuthenticationPrincipal StaffPrincipal staff) {
		return macros.search(q, staff.id());
	}

	@GetMapping(path = "/api/v1/macros/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyAuthority('ticket.read', 'desk.admin')")
	ResponseEntity<MacroView> show(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		MacroView macro = macros.find(id, staff.id());
		return ResponseEntity.ok().eTag(Versions.etag(macro.version())).body(macro);
	}

	@PostMapping(path = "/api/v1/macros", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyAuthority('ticket.write', 'desk.admin')")
	ResponseEntity<MacroView> create(@RequestBody MacroCommand command, @AuthenticationPrincipal StaffPrincipal staff) {
		MacroView macro = macros.create(command, staff);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/macros/" + macro.id()))
			.eTag(Versions.etag(macro.version()))
			.body(macro);
	}

	@PutMapping(path = "/api/v1/macros/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyAuthority('ticket.write', 'desk.admin')")
	ResponseEntity<MacroView> update(@PathVariable long id, @RequestBody MacroCommand command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal StaffPrincipal staff) {
		long expected = Versions.expected(ifMatch, macros.find(id, staff.id()).version());
		MacroView macro = macros.update(id, expected, command, staff);
		return ResponseEntity.ok().eTag(Versions.etag(macro.version())).body(macro);
	}

	@DeleteMapping("/api/v1/macros/{id}")
	@PreAuthorize("hasAnyAuthority('ticket.write', 'desk.admin')")
	ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		macros.delete(id, staff);
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = "/api/v1/tickets/{id}/macros/{macroId}/preview", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.read')")
	Macros.RenderedMacro preview(@PathVariable long id, @PathVariable long macroId,
			@RequestParam(required = false) String locale, @AuthenticationPrincipal StaffPrincipal staff) {
		return macros.preview(id, macroId, locale, staff, viewers.of(staff));
	}

	@PostMapping(path = "/api/v1/tickets/{id}/macros/{macroId}/apply", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('ticket.write')")
	ResponseEntity<Macros.AppliedMacro> apply(@PathVariable long id, @PathVariable long macroId,
			@RequestParam(required = false) String locale, @AuthenticationPrincipal StaffPrincipal staff) {
		Macros.AppliedMacro applied = macros.apply(id, macroId, locale, staff, viewers.of(staff));
		return ResponseEntity.ok().eTag(Versions.etag(applied.ticket().version())).body(applied);
	}

}
