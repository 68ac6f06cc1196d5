package io.kairos.analytics.api;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.analytics.Kpi;
import io.kairos.analytics.kpi.KpiTarget;
import io.kairos.analytics.kpi.KpiTargets;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Versions;

/**
 * KPI targets over the API: everyone who reads KPIs sees them; {@code kpi.target.manage} sets one (PUT, If-Match
 * with the current ETag; a KPI without a target has version 0) or removes it.
 */
@RestController
@RequestMapping(path = "/api/v1/kpi-targets", produces = MediaType.APPLICATION_JSON_VALUE)
class KpiTargetApiController {

	private final KpiTargets targets;

	KpiTargetApiController(KpiTargets targets) {
		this.targets = targets;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('kpi.read')")
	List<TargetView> list() {
		return targets.all().values().stream().map(TargetView::of).toList();
	}

	@GetMapping("/{kpi}")
	@PreAuthorize("hasAuthority('kpi.read')")
	ResponseEntity<TargetView> get(@PathVariable String kpi) {
		KpiTarget target = Kpi.ofCode(kpi)
			.flatMap(targets::find)
			.orElseThrow(() -> ProblemException.notFound("problem.kpi-target.not-found", kpi));
		return ResponseEntity.ok().eTag(Versions.etag(target.version())).body(TargetView.of(target));
	}

	@PutMapping(path = "/{kpi}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('kpi.target.manage')")
	ResponseEntity<TargetView> set(@PathVariable String kpi, @RequestBody KpiTargets.NewTarget body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal StaffPrincipal staff) {
		long current = Kpi.ofCode(kpi).map(targets::currentVersion).orElse(0);
		KpiTarget target = targets.set(kpi, body, Versions.expected(ifMatch, current), staff.id());
		return ResponseEntity.ok().eTag(Versions.etag(target.version())).body(TargetView.of(target));
	}

	@DeleteMapping("/{kpi}")
	@PreAuthorize("hasAuthority('kpi.target.manage')")
	ResponseEntity<Void> remove(@PathVariable String kpi) {
		targets.remove(kpi);
		return ResponseEntity.noContent().build();
	}

	/** A target over the API. */
	record TargetView(String kpi, String unit, String direction, BigDecimal greenAt, BigDecimal amberAt, int version) {

		static TargetView of(KpiTarget target) {
			return new TargetView(target.kpi().code(), target.kpi().unit().name().toLowerCase(java.util.Locale.ROOT),
					target.kpi().direction().name().toLowerCase(java.util.Locale.ROOT), target.greenAt(),
					target.amberAt(), target.version());
		}

	}

}
