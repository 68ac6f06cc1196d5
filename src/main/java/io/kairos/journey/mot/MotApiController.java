package io.kairos.journey.mot;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.identity.StaffPrincipal;

/** Scoring moments of truth and reading the MOT index over the API. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class MotApiController {

	private final MotScores scores;

	private final MotIndexReport report;

	private final ZoneId zone;

	private final Clock clock;

	MotApiController(MotScores scores, MotIndexReport report,
			@Value("${kairos.default-time-zone:Asia/Shanghai}") String zone, Clock clock) {
		this.scores = scores;
		this.report = report;
		this.zone = ZoneId.of(zone);
		this.clock = clock;
	}

	@PostMapping(path = "/mot-scores", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('mot.score')")
	ResponseEntity<MotScoreView> score(@RequestBody MotScores.NewMotScore command,
			@AuthenticationPrincipal StaffPrincipal staff) {
		MotScoreView score = scores.score(command, staff);
		return ResponseEntity.status(HttpStatus.CREATED).body(score);
	}

	@GetMapping("/mot-index")
	@PreAuthorize("hasAuthority('journey.read')")
	MotIndexReport.Report index(@RequestParam(required = false) String groupBy,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		return report.index(MotGrouping.of(groupBy), Period.parse(from, to, zone, clock));
	}

}
