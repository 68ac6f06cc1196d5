package io.kairos.voc.invitation;

import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;
import io.kairos.voc.SurveyCatalog;
import io.kairos.voc.SurveyCatalog.SurveySummary;
import io.kairos.voc.loop.FollowUpPolicies;

/** The distribution page of a survey: its rules, response rate per trigger, follow-up settings and links to hand out. */
@Controller
class DistributionPageController {

	private final SurveyCatalog catalog;

	private final DistributionRules rules;

	private final ResponseRates rates;

	private final Invitations invitations;

	private final FollowUpPolicies policies;

	private final Problems problems;

	DistributionPageController(SurveyCatalog catalog, DistributionRules rules, ResponseRates rates,
			Invitations invitations, FollowUpPolicies policies, Problems problems) {
		this.catalog = catalog;
		this.rules = rules;
		this.rates = rates;
		this.invitations = invitations;
		this.policies = policies;
		this.problems = problems;
	}

	@GetMapping("/voc/distribution")
	@PreAuthorize("hasAuthority('survey.manage')")
	String page(@RequestParam(required = false) Long survey, Model model, Locale locale) {
		List<SurveySummary> surveys = catalog.publishedSurveys();
		model.addAttribute("surveys", surveys);
		Long chosen = survey != null ? survey : surveys.isEmpty() ? null : surveys.get(0).surveyId();
		model.addAttribute("surveyId", chosen);
		if (chosen != null) {
			model.addAttribute("rules", rules.ofSurvey(chosen));
			model.addAttribute("rates", rates.of(chosen));
			model.addAttribute("policy", policies.of(chosen));
		}
		model.addAttribute("triggers", List.of(TriggerKind.TICKET_RESOLVED, TriggerKind.CALLBACK_DUE));
		return "voc/distribution";
	}

	@PostMapping("/voc/distribution/{survey}/rules")
	@PreAuthorize("hasAuthority('survey.manage')")
	String addRule(@PathVariable long survey, @RequestParam(required = false) TriggerKind trigger,
			@RequestParam(required = false) Integer samplingPercent, @RequestParam(required = false) Integer delayMinutes,
			@RequestParam(required = false) Integer expiryDays, @RequestParam(required = false) Long segmentId,
			RedirectAttributes redirect) {
		attempt(redirect, () -> rules.create(survey,
				new RuleCommand(trigger, samplingPercent, delayMinutes, expiryDays, segmentId, true)));
		return "redirect:/voc/distribution?survey=" + survey;
	}

	@PostMapping("/voc/distribution/rules/{id}/enabled")
	@PreAuthorize("hasAuthority('survey.manage')")
	String toggle(@PathVariable long id, @RequestParam boolean enabled, @RequestParam long version,
			RedirectAttributes redirect) {
		DistributionRule rule = rules.get(id);
		attempt(redirect, () -> rules.update(id, version, new RuleCommand(null, null, null, null, null, enabled)));
		return "redirect:/voc/distribution?survey=" + rule.surveyId();
	}

	@PostMapping("/voc/distribution/{survey}/follow-up-policy")
	@PreAuthorize("hasAuthority('survey.manage')")
	String policy(@PathVariable long survey, @RequestParam(required = false) boolean includePassives,
			@RequestParam(required = false) Long teamId, @RequestParam(required = false) Integer slaHours,
			@RequestParam long version, RedirectAttributes redirect) {
		attempt(redirect, () -> policies.save(survey, version, includePassives, teamId, slaHours));
		return "redirect:/voc/distribution?survey=" + survey;
	}

	@PostMapping("/voc/distribution/{survey}/links")
	@PreAuthorize("hasAuthority('survey.manage')")
	String link(@PathVariable long survey, @RequestParam(required = false) Long customerId, RedirectAttributes redirect) {
		attempt(redirect, () -> {
			IssuedLink issued = invitations.issue(survey, customerId, null);
			redirect.addFlashAttribute("issued", issued);
		});
		return "redirect:/voc/distribution?survey=" + survey;
	}

	private void attempt(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (ProblemException problem) {
			redirect.addFlashAttribute("refusal", problems.message(problem.messageKey(), problem.arguments()));
		}
	}

}
