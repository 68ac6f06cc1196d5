package io.kairos.customer.importing;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.kairos.shared.api.Problems;

/**
 * CSV imports over the API: {@code POST /import} (customers) and {@code POST /values/import} (value facts), the
 * file as a {@code text/csv} body or as the {@code file} part of a form. {@code dryRun} (default true) only checks.
 * A dry run answers 200 with the report; an import answers 200 with the report when every row was stored and 400
 * with the report's fields in the problem when nothing was.
 */
@RestController
@RequestMapping(path = "/api/v1/customers", produces = MediaType.APPLICATION_JSON_VALUE)
class ImportApiController {

	private final CustomerImport customers;

	private final ValueImport values;

	private final Problems problems;

	ImportApiController(CustomerImport customers, ValueImport values, Problems problems) {
		this.customers = customers;
		this.values = values;
		this.problems = problems;
	}

	@PostMapping(path = "/import", consumes = "text/csv")
	@PreAuthorize("hasAuthority('customer.import')")
	ResponseEntity<?> customers(@RequestBody byte[] csv, @RequestParam(defaultValue = "true") boolean dryRun,
			@RequestParam(required = false) String charset,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type) {
		return answer(customers.run(csv, charset(charset, type), dryRun));
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('customer.import')")
	ResponseEntity<?> customers(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun, @RequestParam(required = false) String charset)
			throws IOException {
		return answer(customers.run(file.getBytes(), charset, dryRun));
	}

	@PostMapping(path = "/values/import", consumes = "text/csv")
	@PreAuthorize("hasAuthority('customer.import') and hasAuthority('customer.write')")
	ResponseEntity<?> values(@RequestBody byte[] csv, @RequestParam(defaultValue = "true") boolean dryRun,
			@RequestParam(required = false) String charset,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type) {
		return answer(values.run(csv, charset(charset, type), dryRun));
	}

	@PostMapping(path = "/values/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('customer.import') and hasAuthority('customer.write')")
	ResponseEntity<?> values(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun, @RequestParam(required = false) String charset)
			throws IOException {
		return answer(values.run(file.getBytes(), charset, dryRun));
	}

	/** The {@code charset} parameter, else the charset of the content type, else none (detected). */
	private static String charset(String parameter, MediaType type) {
		if (parameter != null) {
			return parameter;
		}
		return type.getParameter("charset");
	}

	private ResponseEntity<?> answer(ImportReport report) {
		if (!report.failed() || report.dryRun()) {
			return ResponseEntity.ok(report);
		}
		ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "problem.import.invalid",
				report.errors().size());
		problem.setProperty("dryRun", report.dryRun());
		problem.setProperty("rowsRead", report.rowsRead());
		problem.setProperty("rowsValid", report.rowsValid());
		problem.setProperty("imported", report.imported());
		problem.setProperty("errors", report.errors());
		return problems.response(problem);
	}

}
