package io.kairos.voc.response;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;
import io.kairos.voc.survey.SurveyDefinition;

/** The CSV upload page: the columns a survey expects, the upload, and the row-by-row report of a refused file. */
@Controller("vocImportPageController")
@PreAuthorize("hasAuthority('survey.manage')")
class ResponseImportPageController {

	private final ResponseImport imports;

	private final ResponseIntake intake;

	private final ImportProblems report;

	private final Problems problems;

	ResponseImportPageController(ResponseImport imports, ResponseIntake intake, ImportProblems report, Problems problems) {
		this.imports = imports;
		this.intake = intake;
		this.report = report;
		this.problems = problems;
	}

	@GetMapping("/voc/surveys/{id}/import")
	String page(@PathVariable long id, Model model) {
		return render(id, model);
	}

	@PostMapping("/voc/surveys/{id}/import")
	String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		SurveyDefinition survey = intake.version(id, null);
		if (file == null || file.isEmpty()) {
			model.addAttribute("error", problems.message("problem.import.file"));
			return render(id, model);
		}
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			CsvResponses.Parsed parsed = CsvResponses.parse(reader, survey);
			ResponseImport.Outcome outcome = imports.importAll(id, survey.number(), parsed.rows(), parsed.problems(),
					file.getOriginalFilename(), staff.id());
			if (outcome.accepted()) {
				model.addAttribute("stored", outcome.stored());
			}
			else {
				model.addAttribute("rows", report.rows(outcome));
			}
		}
		catch (ProblemException refused) {
			model.addAttribute("error", problems.message(refused.messageKey(), refused.arguments()));
		}
		catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
			model.addAttribute("error", problems.message("problem.import.csv"));
		}
		return render(id, model);
	}

	private String render(long id, Model model) {
		SurveyDefinition survey = intake.version(id, null);
		model.addAttribute("survey", survey);
		model.addAttribute("header", CSVFormat.DEFAULT.format(CsvResponses.header(survey).toArray()));
		return "voc/import";
	}

}
