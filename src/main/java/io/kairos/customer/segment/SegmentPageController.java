package io.kairos.customer.segment;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kairos.customer.LifecycleStage;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.paging.Keyset;

/**
 * Segment pages: the list with last counts, the builder (whose live member count is refreshed by htmx from
 * {@code POST /segments/preview} on every change), the count history and the members.
 */
@Controller
@RequestMapping("/segments")
@PreAuthorize("hasAuthority('customer.read')")
class SegmentPageController {

	private final Segments segments;

	SegmentPageController(Segments segments) {
		this.segments = segments;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("segments", segments.list());
		return "segments/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('segment.manage')")
	String newSegment(Model model) {
		return builder(model, null, "", "", List.of(), new SegmentRule(List.of()), null);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('segment.manage')")
	String create(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		SegmentCommand command = command(form);
		try {
			SegmentView created = segments.create(command);
			redirect.addFlashAttribute("notice", "notice.segment.saved");
			return "redirect:/segments/" + created.id();
		}
		catch (ProblemException problem) {
			refused(model, problem);
			return builder(model, null, command.nameEn(), command.nameZh(), command.defaultChannels(), command.rule(),
					null);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		SegmentView segment = segments.find(id);
		model.addAttribute("history", segments.history(id));
		return builder(model, segment, segment.nameEn(), segment.nameZh(), segment.defaultChannels(), segment.rule(),
				segment.memberCount());
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('segment.manage')")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		SegmentCommand command = command(form);
		try {
			segments.update(id, version(form.getFirst("version")), command);
			redirect.addFlashAttribute("notice", "notice.segment.saved");
			return "redirect:/segments/" + id;
		}
		catch (ProblemException problem) {
			refused(model, problem);
			SegmentView segment = segments.find(id);
			model.addAttribute("history", segments.history(id));
			return builder(model, segment, command.nameEn(), command.nameZh(), command.defaultChannels(),
					command.rule(), null);
		}
	}

	/** The live member count of the rule on the builder form, as a fragment for htmx. */
	@PostMapping("/preview")
	String preview(@RequestParam MultiValueMap<String, String> form, Model model) {
		try {
			model.addAttribute("count", segments.preview(RuleForm.parse(form.toSingleValueMap())));
		}
		catch (ProblemException problem) {
			model.addAttribute("countProblem", problem.messageKey());
			model.addAttribute("countProblemArgs", problem.arguments());
		}
		return "segments/count :: count";
	}

	@GetMapping("/{id}/members")
	String members(@PathVariable long id, @RequestParam(required = false) String cursor, Model model) {
		model.addAttribute("segment", segments.find(id));
		model.addAttribute("page", segments.members(id, Keyset.of(cursor, Keyset.DEFAULT_SIZE)));
		return "segments/members";
	}

	@PostMapping("/evaluations")
	@PreAuthorize("hasAuthority('segment.manage')")
	String evaluate(RedirectAttributes redirect) {
		segments.evaluateAll();
		redirect.addFlashAttribute("notice", "notice.segment.evaluated");
		return "redirect:/segments";
	}

	private String builder(Model model, SegmentView segment, String nameEn, String nameZh, List<Medium> channels,
			SegmentRule rule, Long count) {
		model.addAttribute("segment", segment);
		model.addAttribute("nameEn", nameEn);
		model.addAttribute("nameZh", nameZh);
		model.addAttribute("chosenChannels", channels == null ? List.of() : channels);
		model.addAttribute("grid", RuleForm.rows(rule));
		model.addAttribute("count", count);
		model.addAttribute("allFields", SegmentSql.FIELDS);
		model.addAttribute("allOperators", SegmentSql.OPERATORS);
		model.addAttribute("allMediums", Medium.values());
		model.addAttribute("allBands", AgeBand.values());
		model.addAttribute("allStages", LifecycleStage.values());
		return "segments/edit";
	}

	private static void refused(Model model, ProblemException problem) {
		model.addAttribute("alert", problem.messageKey());
		model.addAttribute("alertArgs", problem.arguments());
	}

	private static SegmentCommand command(MultiValueMap<String, String> form) {
		List<Medium> channels = form.getOrDefault("defaultChannels", List.of())
			.stream()
			.filter(code -> java.util.Arrays.stream(Medium.values()).anyMatch(m -> m.name().equals(code)))
			.map(Medium::valueOf)
			.toList();
		return new SegmentCommand(form.getFirst("nameEn"), form.getFirst("nameZh"), RuleForm.parse(form.toSingleValueMap()), channels);
	}

	private static long version(String value) {
		try {
			return value == null ? -1 : Long.parseLong(value);
		}
		catch (NumberFormatException bad) {
			return -1;
		}
	}

}
