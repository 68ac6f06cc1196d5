package io.kairos.voc.survey;

import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;
import io.kairos.voc.QuestionType;
import io.kairos.voc.SurveyKind;

/** The survey list, the designer (create / edit as plain form fields), the two-language preview and publishing. */
@Controller
@PreAuthorize("hasAuthority('survey.manage')")
class SurveyPageController {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final Surveys surveys;

	private final SurveyDefinitions definitions;

	private final Problems problems;

	SurveyPageController(Surveys surveys, SurveyDefinitions definitions, Problems problems) {
		this.surveys = surveys;
		this.definitions = definitions;
		this.problems = problems;
	}

	@GetMapping("/voc/surveys")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", surveys.list(Math.max(0, page), 50, "-id"));
		return "voc/surveys";
	}

	@GetMapping("/voc/surveys/new")
	String create(Model model) {
		return designer(model, DesignerForm.blank(), null, null);
	}

	@PostMapping("/voc/surveys/new")
	String create(@RequestParam MultiValueMap<String, String> fields, @AuthenticationPrincipal StaffPrincipal staff,
			Model model, RedirectAttributes redirect) {
		DesignerForm form = DesignerForm.from(fields);
		try {
			SurveyView survey = surveys.create(form.toSpec(), staff.id());
			redirect.addFlashAttribute("notice", "voc.designer.saved");
			return "redirect:/voc/surveys/" + survey.id() + "/preview";
		}
		catch (ProblemException refused) {
			model.addAttribute("error", error(refused));
			return designer(model, form.withBlankRows(), null, null);
		}
	}

	@GetMapping("/voc/surveys/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		SurveyView survey = surveys.get(id, null);
		return designer(model, DesignerForm.of(survey), survey, survey.version());
	}

	@PostMapping("/voc/surveys/{id}/edit")
	String edit(@PathVariable long id, @RequestParam long version, @RequestParam MultiValueMap<String, String> fields,
			Model model, RedirectAttributes redirect) {
		DesignerForm form = DesignerForm.from(fields);
		try {
			surveys.edit(id, version, form.toSpec());
			redirect.addFlashAttribute("notice", "voc.designer.saved");
			return "redirect:/voc/surveys/" + id + "/preview";
		}
		catch (ProblemException refused) {
			model.addAttribute("error", error(refused));
			return designer(model, form.withBlankRows(), surveys.get(id, null), version);
		}
	}

	@GetMapping("/voc/surveys/{id}/preview")
	String preview(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
		SurveyView survey = surveys.get(id, version);
		SurveyDefinition definition = definitions.find(id, survey.current().number()).orElseThrow();
		model.addAttribute("survey", survey);
		model.addAttribute("chinese", definition.in(CHINESE));
		model.addAttribute("english", definition.in(Locale.ENGLISH));
		return "voc/preview";
	}

	@PostMapping("/voc/surveys/{id}/publish")
	String publish(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			surveys.publish(id, version);
			redirect.addFlashAttribute("notice", "voc.designer.published");
		}
		catch (ProblemException refused) {
			redirect.addFlashAttribute("error", error(refused));
		}
		return "redirect:/voc/surveys/" + id + "/preview";
	}

	private String designer(Model model, DesignerForm form, SurveyView survey, Long version) {
		model.addAttribute("form", form);
		model.addAttribute("survey", survey);
		model.addAttribute("version", version);
		model.addAttribute("types", List.of(QuestionType.values()));
		model.addAttribute("blankRow", DesignerForm.Row.blank());
		model.addAttribute("kinds", List.of(SurveyKind.values()));
		return "voc/designer";
	}

	private String error(ProblemException refused) {
		String message = problems.message(refused.messageKey(), refused.arguments());
		return refused.field() == null ? message : refused.field() + ": " + message;
	}

}
