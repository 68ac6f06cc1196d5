package io.kairos.customer.privacy;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.customer.LifecycleStage;
import io.kairos.customer.profile.CustomerFilter;

/**
 * Personal data over the API: the data subject export ({@code GET /{id}/export}, in full, never cached), the
 * erasure ({@code POST /{id}/erase}, idempotent) and the bulk exports of customer lists as CSV and XLSX
 * (masked, streamed).
 */
@RestController
@RequestMapping("/api/v1/customers")
class PrivacyApiController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final CustomerPrivacy privacy;

	private final CustomerSpreadsheets spreadsheets;

	PrivacyApiController(CustomerPrivacy privacy, CustomerSpreadsheets spreadsheets) {
		this.privacy = privacy;
		this.spreadsheets = spreadsheets;
	}

	@GetMapping(path = "/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('customer.export')")
	ResponseEntity<CustomerPrivacy.SubjectExport> export(@PathVariable long id) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("customer-" + id + ".json").build().toString())
			.body(privacy.export(id));
	}

	@PostMapping(path = "/{id}/erase", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('customer.erase')")
	CustomerPrivacy.Erasure erase(@PathVariable long id) {
		return privacy.erase(id);
	}

	@GetMapping("/export.csv")
	@PreAuthorize("hasAuthority('customer.export')")
	void csv(@RequestParam(required = false) String q, @RequestParam(required = false) String tier,
			@RequestParam(required = false) LifecycleStage stage, HttpServletResponse response) throws IOException {
		prepare(response, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "customers.csv");
		spreadsheets.csv(new CustomerFilter(q, tier, stage), response.getOutputStream());
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize("hasAuthority('customer.export')")
	void xlsx(@RequestParam(required = false) String q, @RequestParam(required = false) String tier,
			@RequestParam(required = false) LifecycleStage stage, HttpServletResponse response) throws IOException {
		prepare(response, XLSX, "customers.xlsx");
		spreadsheets.xlsx(new CustomerFilter(q, tier, stage), response.getOutputStream());
	}

	private static void prepare(HttpServletResponse response, MediaType type, String filename) {
		response.setContentType(type.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
	}

}
