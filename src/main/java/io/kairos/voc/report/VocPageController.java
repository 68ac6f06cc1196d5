package io.kairos.voc.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;
import io.kairos.voc.NetPromoterScore;
import io.kairos.voc.SurveyCatalog;
import io.kairos.voc.SurveyKind;
import io.kairos.voc.score.KanoClassifier;
import io.kairos.voc.score.ServqualScore;
import tools.jackson.databind.json.JsonMapper;

/** The NPS dashboard, the SERVQUAL and Kano pages, and the customer 360 panel of survey answers. */
@Controller
@PreAuthorize("hasAuthority('voc.read')")
class VocPageController {

	private final NpsReport nps;

	private final ServqualReport servqual;

	private final KanoReport kano;

	private final DriverReport drivers;

	private final CustomerAnswers answers;

	private final SurveyCatalog catalog;

	private final ReportParameters parameters;

	private final JsonMapper json;

	private final Problems problems;

	VocPageController(NpsReport nps, ServqualReport servqual, KanoReport kano, DriverReport drivers,
			CustomerAnswers answers, SurveyCatalog catalog, ReportParameters parameters, JsonMapper json,
			Problems problems) {
		this.problems = problems;
		this.nps = nps;
		this.servqual = servqual;
		this.kano = kano;
		this.drivers = drivers;
		this.answers = answers;
		this.catalog = catalog;
		this.parameters = parameters;
		this.json = json;
	}

	@GetMapping("/voc/nps")
	String nps(@RequestParam(required = false) Long surveyId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String segment,
			@RequestParam(required = false) String tier, @RequestParam(required = false) String channel,
			@RequestParam(defaultValue = "segment") String groupBy, @RequestParam(required = false) String groupValue,
			@RequestParam(required = false) NetPromoterScore.Group npsGroup, Model model) {
		Long survey = selected(surveyId, model, SurveyKind.TRANSACTIONAL, SurveyKind.RELATIONSHIP);
		ResponseFilter filter;
		NpsGrouping grouping;
		try {
			filter = parameters.filter(survey, from, to, segment, tier, channel, null, null, null);
			grouping = parameters.grouping(groupBy);
		}
		catch (ProblemException bad) {
			model.addAttribute("filterError", problems.message(bad.messageKey(), bad.arguments()));
			filter = parameters.filter(survey, null, null, null, null, null, null, null, null);
			grouping = NpsGrouping.SEGMENT;
		}
		if (grouping == null) {
			grouping = NpsGrouping.SEGMENT;
		}
		NetPromoterScore.Summary overall = nps.overall(filter).summary();
		List<NpsReport.Group> groups = nps.grouped(filter, grouping);
		Instant end = filter.to() != null ? filter.to().minusMillis(1) : parameters.now();
		Instant start = filter.from() != null ? filter.from() : end.minus(335, ChronoUnit.DAYS);
		List<NpsReport.Period> trend = nps.trend(filter, Periods.MONTH.boundaries(start, end, parameters.zone()));
		model.addAttribute("overall", overall);
		model.addAttribute("groups", groups);
		model.addAttribute("trend", trend);
		model.addAttribute("groupBy", grouping.key());
		model.addAttribute("groupings", List.of(NpsGrouping.values()));
		model.addAttribute("groupValue", groupValue);
		model.addAttribute("npsGroup", npsGroup);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("segment", segment);
		model.addAttribute("tier", tier);
		model.addAttribute("channel", channel);
		model.addAttribute("verbatims", nps.verbatims(filter, npsGroup, groupValue == null ? null : grouping,
				groupValue, null, 30));
		model.addAttribute("drivers", drivers.drivers(filter));
		model.addAttribute("chartJson", json.writeValueAsString(chart(overall, groups, trend)));
		return "voc/nps";
	}

	private Map<String, Object> chart(NetPromoterScore.Summary overall, List<NpsReport.Group> groups,
			List<NpsReport.Period> trend) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("overall", overall);
		List<Map<String, Object>> trendRows = new ArrayList<>();
		for (NpsReport.Period period : trend) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("label", period.from().atZone(parameters.zone()).toLocalDate().toString().substring(0, 7));
			row.put("score", period.score().summary());
			trendRows.add(row);
		}
		chart.put("trend", trendRows);
		chart.put("groups", groups.stream().map(group -> Map.of("group", group.group() == null ? "—" : group.group(),
				"score", group.score().summary())).toList());
		return chart;
	}

	@GetMapping("/voc/servqual")
	String servqual(@RequestParam(required = false) Long surveyId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		Long survey = selected(surveyId, model, SurveyKind.SERVQUAL);
		ServqualScore.Result result = servqual.score(parameters.filter(survey, from, to, null, null, null, null, null, null));
		model.addAttribute("result", result);
		model.addAttribute("texts", survey == null ? Map.of() : itemTexts(survey));
		model.addAttribute("chartJson", json.writeValueAsString(result.dimensions()));
		return "voc/servqual";
	}

	private Map<Integer, String> itemTexts(long surveyId) {
		Map<Integer, String> texts = new LinkedHashMap<>();
		catalog.published(surveyId, org.springframework.context.i18n.LocaleContextHolder.getLocale())
			.ifPresent(survey -> survey.questions()
				.stream()
				.filter(question -> question.servqualItem() != null)
				.forEach(question -> texts.put(question.servqualItem(), question.text())));
		return texts;
	}

	@GetMapping("/voc/kano")
	String kano(@RequestParam(required = false) Long surveyId, Model model) {
		Long survey = selected(surveyId, model, SurveyKind.KANO);
		List<KanoReport.Feature> features = kano.features(parameters.filter(survey, null, null, null, null, null, null, null, null));
		model.addAttribute("features", features);
		model.addAttribute("categories", KanoClassifier.Category.values());
		model.addAttribute("chartJson", json.writeValueAsString(features.stream()
			.filter(feature -> feature.result().better() != null)
			.map(feature -> Map.of("feature", feature.feature(), "better", feature.result().better(), "worse",
					feature.result().worse()))
			.toList()));
		return "voc/kano";
	}

	@GetMapping("/voc/customers/{id}/answers")
	String customerAnswers(@PathVariable long id, Model model) {
		model.addAttribute("answers", answers.latest(id));
		return "voc/parts :: customer-answers";
	}

	/** The survey asked for, else the newest published one of the page's kinds, else the newest of any kind. */
	private Long selected(Long surveyId, Model model, SurveyKind... kinds) {
		List<SurveyCatalog.SurveySummary> surveys = catalog.publishedSurveys();
		model.addAttribute("surveys", surveys);
		Long selected = surveyId;
		if (selected == null) {
			selected = surveys.stream()
				.filter(survey -> List.of(kinds).contains(survey.kind()))
				.map(SurveyCatalog.SurveySummary::surveyId)
				.findFirst()
				.orElse(surveys.isEmpty() ? null : surveys.get(0).surveyId());
		}
		model.addAttribute("surveyId", selected);
		return selected;
	}

}
