package io.kairos.identity.user;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.identity.StaffPrincipal;

/** Who the caller is, with the permissions their roles grant. */
@RestController
class MeApiController {

	private final StaffUsers users;

	MeApiController(StaffUsers users) {
		this.users = users;
	}

	@GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
	Me me(@AuthenticationPrincipal StaffPrincipal principal) {
		return new Me(users.find(principal.id()), new TreeSet<>(principal.permissions()));
	}

	record Me(StaffUserView user, Set<String> permissions) {
	}

}
