package io.kairos.analytics.api;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.analytics.rollup.Rebuild;

/** {@code POST /api/v1/analytics/rebuild}: recompute every roll-up from the desk's tickets (audited). */
@RestController
@RequestMapping(path = "/api/v1/analytics", produces = MediaType.APPLICATION_JSON_VALUE)
class RebuildApiController {

	private final Rebuild rebuild;

	RebuildApiController(Rebuild rebuild) {
		this.rebuild = rebuild;
	}

	@PostMapping("/rebuild")
	@PreAuthorize("hasAuthority('analytics.rebuild')")
	Rebuild.RebuildResult rebuild() {
		return rebuild.run();
	}

}
