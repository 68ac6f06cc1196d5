package io.kairos.customer.tier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.shared.api.ProblemException;
import io.kairos.shared.paging.Keyset;
import io.kairos.shared.web.FormBinding;

/**
 * Tier pages: the rule editor (for {@code tier.manage}) with a "run evaluation now" button, and the tier part of
 * the customer 360 page (tier, override and history), which that page loads with htmx.
 */
@Controller
class TierPageController {

	private static final int SPARE_ROWS = 2;

	private static final Pattern SERVICE_FIELD = Pattern.compile("tiers\\[(\\d+)\\](.*)");

	private final TierRules rules;

	private final TierEvaluations evaluations;

	private final TierOverrides overrides;

	private final TierHistory history;

	TierPageController(TierRules rules, TierEvaluations evaluations, TierOverrides overrides, TierHistory history) {
		this.rules = rules;
		this.evaluations = evaluations;
		this.overrides = overrides;
		this.history = history;
	}

	@GetMapping("/tiers/rules")
	@PreAuthorize("hasAuthority('tier.manage')")
	String editor(Model model) {
		model.addAttribute("form", TierRulesForm.of(rules.current(), SPARE_ROWS));
		return "tiers/rules";
	}

	@PostMapping("/tiers/rules")
	@PreAuthorize("hasAuthority('tier.manage')")
	String save(@ModelAttribute("form") TierRulesForm form, BindingResult result, RedirectAttributes redirect) {
		List<Integer> rowOfTier = new ArrayList<>();
		List<TierRuleInput> tiers = new ArrayList<>();
		for (int i = 0; i < form.getRows().size(); i++) {
			TierRulesForm.Row row = form.getRows().get(i);
			if (row == null || row.isEmpty()) {
				continue;
			}
			rowOfTier.add(i);
			String at = "rows[" + i + "].";
			tiers.add(new TierRuleInput(upper(row.getTier()), row.getNameEn(), row.getNameZh(),
					decimal(result, at + "minSpend12m", row.getMinSpend12m()),
					integer(result, at + "minTenureMonths", row.getMinTenureMonths()),
					decimal(result, at + "minHoldings", row.getMinHoldings()),
					integer(result, at + "minRfmScore", row.getMinRfmScore())));
		}
		if (!result.hasErrors()) {
			try {
				rules.replace(form.getVersion() == null ? -1 : form.getVersion(), new TierRuleChanges(tiers));
				redirect.addFlashAttribute("notice", "notice.tiers.saved");
				return "redirect:/tiers/rules";
			}
			catch (ProblemException problem) {
				FormBinding.reject(result, onForm(problem, rowOfTier));
			}
		}
		return "tiers/rules";
	}

	@PostMapping("/tiers/evaluations")
	@PreAuthorize("hasAuthority('tier.manage')")
	String evaluate(Authentication caller, RedirectAttributes redirect) {
		evaluations.run(caller.getName());
		redirect.addFlashAttribute("notice", "notice.tiers.evaluated");
		return "redirect:/tiers/rules";
	}

	@GetMapping("/customers/{id}/tier")
	@PreAuthorize("hasAuthority('customer.read')")
	String customerTier(@PathVariable long id, Locale locale, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("customerId", id);
		model.addAttribute("history", history.of(id, Keyset.of(null, Keyset.DEFAULT_SIZE)).items());
		model.addAttribute("override", overrides.find(id).orElse(null));
		TierLadder ladder = rules.ladder();
		model.addAttribute("tierNames", ladder.rules().stream()
			.collect(java.util.stream.Collectors.toMap(TierRule::tier, rule -> rule.name(locale))));
		return htmx == null ? "customers/tier" : "customers/tier :: tiering";
	}

	/** The service counts tiers without the empty rows and names {@code tiers[i].field}; the form has rows. */
	private static ProblemException onForm(ProblemException problem, List<Integer> rowOfTier) {
		if (problem.field() == null) {
			return problem;
		}
		Matcher matcher = SERVICE_FIELD.matcher(problem.field());
		if (matcher.matches()) {
			int row = rowOfTier.get(Integer.parseInt(matcher.group(1)));
			String field = matcher.group(2).isEmpty() ? ".tier" : matcher.group(2);
			return new ProblemException(problem.status(), problem.messageKey(), "rows[" + row + "]" + field,
					problem.arguments());
		}
		return new ProblemException(problem.status(), problem.messageKey(), null, problem.arguments());
	}

	private static String upper(String code) {
		return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
	}

	private static BigDecimal decimal(BindingResult result, String field, String text) {
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException notANumber) {
			result.rejectValue(field, "validation.tier.amount", "validation.tier.amount");
			return null;
		}
	}

	private static Integer integer(BindingResult result, String field, String text) {
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			result.rejectValue(field, "validation.tier.number", "validation.tier.number");
			return null;
		}
	}

}
