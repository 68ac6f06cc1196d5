package io.kairos.customer.importing;

import java.io.IOException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;

/** The import page: upload a CSV file of customers or of value facts, check it (dry run) or import it. */
@Controller
@RequestMapping("/customers/import")
@PreAuthorize("hasAuthority('customer.import')")
class ImportPageController {

	static final String CUSTOMERS = "customers";

	static final String VALUES = "values";

	private final CustomerImport customers;

	private final ValueImport values;

	private final Problems problems;

	ImportPageController(CustomerImport customers, ValueImport values, Problems problems) {
		this.customers = customers;
		this.values = values;
		this.problems = problems;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("dryRun", true);
		model.addAttribute("what", CUSTOMERS);
		return "customers/import";
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = CUSTOMERS) String what,
			@RequestParam(required = false) String charset, Model model) throws IOException {
		model.addAttribute("dryRun", dryRun);
		model.addAttribute("what", VALUES.equals(what) ? VALUES : CUSTOMERS);
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", problems.message("problem.import.empty"));
			return "customers/import";
		}
		String chosen = charset == null || charset.isBlank() ? null : charset;
		try {
			ImportReport report = VALUES.equals(what) ? values.run(file.getBytes(), chosen, dryRun)
					: customers.run(file.getBytes(), chosen, dryRun);
			model.addAttribute("report", report);
		}
		catch (ProblemException refused) {
			model.addAttribute("problem", problems.message(refused.messageKey(), refused.arguments()));
		}
		return "customers/import";
	}

}
