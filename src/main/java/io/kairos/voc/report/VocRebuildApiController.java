package io.kairos.voc.report;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/voc/rebuild}: recount the NPS day roll-up from the stored responses (audited). */
@RestController
@RequestMapping(path = "/api/v1/voc", produces = MediaType.APPLICATION_JSON_VALUE)
class VocRebuildApiController {

	private final DailyNpsRebuild rebuild;

	VocRebuildApiController(DailyNpsRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@PostMapping("/rebuild")
	@PreAuthorize("hasAuthority('survey.manage')")
	DailyNpsRebuild.Rebuilt rebuild() {
		return rebuild.rebuild();
	}

}
