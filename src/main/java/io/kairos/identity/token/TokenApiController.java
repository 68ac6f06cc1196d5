package io.kairos.identity.token;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.identity.StaffPrincipal;

/**
 * The caller's own API tokens. {@code POST} also accepts HTTP Basic with the user's password, so a script
 * can obtain its first token; the secret is in that one response only.
 */
@RestController
@RequestMapping(path = "/api/v1/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
class TokenApiController {

	private final ApiTokens tokens;

	TokenApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<IssuedToken> create(@Valid @RequestBody NewApiToken command,
			@AuthenticationPrincipal StaffPrincipal owner) {
		IssuedToken issued = tokens.issue(owner.id(), command);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/tokens/" + issued.id()))
			.header("Cache-Control", "no-store")
			.body(issued);
	}

	@GetMapping
	List<ApiTokenView> list(@AuthenticationPrincipal StaffPrincipal owner) {
		return tokens.listOwn(owner.id());
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal owner) {
		tokens.revokeOwn(owner.id(), id);
		return ResponseEntity.noContent().build();
	}

}
