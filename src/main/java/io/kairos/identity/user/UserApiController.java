package io.kairos.identity.user;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.Versions;
import io.kairos.shared.paging.Keyset;

/** Staff user administration over the API. Creates take an Idempotency-Key; changes take If-Match. */
@RestController
@RequestMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('user.admin')")
class UserApiController {

	private final StaffUsers users;

	UserApiController(StaffUsers users) {
		this.users = users;
	}

	@GetMapping
	Keyset.Page<StaffUserView> list(@RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String q) {
		return users.page(Keyset.of(cursor, size), q);
	}

	@GetMapping("/{id}")
	ResponseEntity<StaffUserView> show(@PathVariable long id) {
		StaffUserView user = users.find(id);
		return ResponseEntity.ok().eTag(Versions.etag(user.version())).body(user);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<StaffUserView> create(@Valid @RequestBody NewStaffUser command) {
		StaffUserView user = users.create(command);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/users/" + user.id()))
			.eTag(Versions.etag(user.version()))
			.body(user);
	}

	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<StaffUserView> update(@PathVariable long id, @Valid @RequestBody StaffUserChanges changes,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal StaffPrincipal actor) {
		long expected = Versions.expected(ifMatch, users.find(id).version());
		StaffUserView user = users.update(id, expected, changes, actor.id());
		return ResponseEntity.ok().eTag(Versions.etag(user.version())).body(user);
	}

}
