package io.kairos.analytics.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.analytics.Kpi;
import io.kairos.analytics.kpi.KpiTarget;
import io.kairos.analytics.kpi.KpiTargets;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;

/** The KPI targets page: every KPI that can have a target, its green and amber levels, set or removed one by one. */
@Controller
@RequestMapping("/analytics/targets")
@PreAuthorize("hasAuthority('kpi.target.manage')")
class KpiTargetPageController {

	private final KpiTargets targets;

	private final Problems problems;

	KpiTargetPageController(KpiTargets targets, Problems problems) {
		this.targets = targets;
		this.problems = problems;
	}

	@GetMapping
	String page(Model model) {
		Map<Kpi, KpiTarget> current = targets.all();
		List<Row> rows = KpiTargets.targetable()
			.stream()
			.map(kpi -> new Row(kpi, current.get(kpi)))
			.toList();
		model.addAttribute("rows", rows);
		return "analytics/targets";
	}

	@PostMapping("/{kpi}")
	String set(@PathVariable String kpi, @RequestParam(required = false) String greenAt,
			@RequestParam(required = false) String amberAt, @RequestParam(defaultValue = "0") long version,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		try {
			targets.set(kpi, new KpiTargets.NewTarget(decimal("greenAt", greenAt), decimal("amberAt", amberAt)), version,
					staff.id());
			redirect.addFlashAttribute("notice", "kpi-target.saved");
			return "redirect:/analytics/targets";
		}
		catch (ProblemException refused) {
			model.addAttribute("problem", problems.message(refused.messageKey(), refused.arguments()));
			model.addAttribute("problemKpi", kpi);
			model.addAttribute("problemField", refused.field());
			return page(model);
		}
	}

	@PostMapping("/{kpi}/delete")
	String remove(@PathVariable String kpi, RedirectAttributes redirect) {
		targets.remove(kpi);
		redirect.addFlashAttribute("notice", "kpi-target.removed");
		return "redirect:/analytics/targets";
	}

	private static BigDecimal decimal(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.trim());
		}
		catch (NumberFormatException notANumber) {
			throw ProblemException.invalid(field, "problem.kpi-target.number");
		}
	}

	/** A KPI with its target, if it has one. */
	record Row(Kpi kpi, KpiTarget target) {

		public String code() {
			return kpi.code();
		}

	}

}
