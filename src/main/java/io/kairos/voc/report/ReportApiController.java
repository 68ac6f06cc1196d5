package io.kairos.voc.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kairos.shared.api.ProblemException;
import io.kairos.voc.NetPromoterScore;
import io.kairos.voc.NpsComparison;
import io.kairos.voc.score.KanoClassifier;
import io.kairos.voc.score.ServqualScore;

/** The summary endpoints: NPS (overall, grouped, trend, before/after, verbatims), SERVQUAL, Kano and drivers. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('voc.read')")
class ReportApiController {

	private final NpsReport nps;

	private final ServqualReport servqual;

	private final KanoReport kano;

	private final DriverReport drivers;

	private final ReportParameters parameters;

	ReportApiController(NpsReport nps, ServqualReport servqual, KanoReport kano, DriverReport drivers,
			ReportParameters parameters) {
		this.nps = nps;
		this.servqual = servqual;
		this.kano = kano;
		this.drivers = drivers;
		this.parameters = parameters;
	}

	/** Overall {@code {n, promoters, passives, detractors, nps, ciLow, ciHigh}}, or per group with {@code groupBy}. */
	@GetMapping("/nps")
	Object nps(@RequestParam(required = false) Long surveyId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String segment,
			@RequestParam(required = false) String tier, @RequestParam(required = false) String channel,
			@RequestParam(required = false) Long touchpoint, @RequestParam(required = false) Long team,
			@RequestParam(required = false) Long agent, @RequestParam(required = false) String groupBy) {
		ResponseFilter filter = parameters.filter(surveyId, from, to, segment, tier, channel, touchpoint, team, agent);
		NpsGrouping grouping = parameters.grouping(groupBy);
		if (grouping == null) {
			return nps.overall(filter).summary();
		}
		List<GroupRow> groups = nps.grouped(filter, grouping).stream().map(GroupRow::of).toList();
		return new Grouped(grouping.key(), groups);
	}

	record Grouped(String groupBy, List<GroupRow> groups) {
	}

	record GroupRow(String group, long n, long promoters, long passives, long detractors, Double nps, Double ciLow,
			Double ciHigh) {

		static GroupRow of(NpsReport.Group group) {
			NetPromoterScore.Summary s = group.score().summary();
			return new GroupRow(group.group(), s.n(), s.promoters(), s.passives(), s.detractors(), s.nps(), s.ciLow(),
					s.ciHigh());
		}

	}

	/** NPS per day, week or month ({@code period}); by default the last twelve months. */
	@GetMapping("/nps/trend")
	List<TrendRow> trend(@RequestParam(required = false) Long surveyId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String segment,
			@RequestParam(required = false) String tier, @RequestParam(required = false) String channel,
			@RequestParam(required = false) Long touchpoint, @RequestParam(required = false) Long team,
			@RequestParam(required = false) Long agent, @RequestParam(defaultValue = "month") String period) {
		ResponseFilter filter = parameters.filter(surveyId, from, to, segment, tier, channel, touchpoint, team, agent);
		Periods unit = switch (period.strip().toLowerCase(Locale.ROOT)) {
			case "day" -> Periods.DAY;
			case "week" -> Periods.WEEK;
			case "month" -> Periods.MONTH;
			default -> throw ProblemException.invalid("period", "problem.report.period-unit");
		};
		Instant end = filter.to() != null ? filter.to().minusMillis(1) : parameters.now();
		Instant start = filter.from() != null ? filter.from() : end.minus(365, ChronoUnit.DAYS);
		List<Instant> boundaries = unit.boundaries(start, end, parameters.zone());
		return nps.trend(filter, boundaries)
			.stream()
			.map(p -> new TrendRow(p.from(), p.to(), p.score().summary()))
			.toList();
	}

	record TrendRow(Instant from, Instant to, NetPromoterScore.Summary score) {
	}

	/** Before/after: the two periods' NPS, the difference with its interval, z, p and significance (α = 0.05). */
	@GetMapping("/nps/compare")
	NpsComparison.Summary compare(@RequestParam(required = false) Long surveyId, @RequestParam String beforeFrom,
			@RequestParam String beforeTo, @RequestParam String afterFrom, @RequestParam String afterTo,
			@RequestParam(required = false) String segment, @RequestParam(required = false) String tier,
			@RequestParam(required = false) String channel, @RequestParam(required = false) Long touchpoint,
			@RequestParam(required = false) Long team, @RequestParam(required = false) Long agent) {
		ResponseFilter filter = parameters.filter(surveyId, null, null, segment, tier, channel, touchpoint, team, agent);
		ResponseFilter before = filter.between(parameters.instant("beforeFrom", beforeFrom, false),
				parameters.instant("beforeTo", beforeTo, true));
		ResponseFilter after = filter.between(parameters.instant("afterFrom", afterFrom, false),
				parameters.instant("afterTo", afterTo, true));
		return nps.compare(before, after).summary();
	}

	@GetMapping("/nps/verbatims")
	List<NpsReport.Verbatim> verbatims(@RequestParam(required = false) Long surveyId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String segment, @RequestParam(required = false) String tier,
			@RequestParam(required = false) String channel, @RequestParam(required = false) Long touchpoint,
			@RequestParam(required = false) Long team, @RequestParam(required = false) Long agent,
			@RequestParam(required = false) NetPromoterScore.Group npsGroup,
			@RequestParam(required = false) String groupBy, @RequestParam(required = false) String groupValue,
			@RequestParam(required = false) Long beforeId, @RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > 200) {
			throw ProblemException.invalid("limit", "problem.report.limit");
		}
		ResponseFilter filter = parameters.filter(surveyId, from, to, segment, tier, channel, touchpoint, team, agent);
		return nps.verbatims(filter, npsGroup, parameters.grouping(groupBy), groupValue, beforeId, limit);
	}

	@GetMapping("/servqual")
	ServqualScore.Result servqual(@RequestParam(required = false) Long surveyId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String segment, @RequestParam(required = false) String tier,
			@RequestParam(required = false) String channel, @RequestParam(required = false) Long touchpoint,
			@RequestParam(required = false) Long team, @RequestParam(required = false) Long agent) {
		return servqual.score(parameters.filter(surveyId, from, to, segment, tier, channel, touchpoint, team, agent));
	}

	@GetMapping("/kano")
	List<KanoRow> kano(@RequestParam(required = false) Long surveyId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String segment,
			@RequestParam(required = false) String tier, @RequestParam(required = false) String channel) {
		return kano.features(parameters.filter(surveyId, from, to, segment, tier, channel, null, null, null))
			.stream()
			.map(KanoRow::of)
			.toList();
	}

	record KanoRow(String feature, long n, Map<KanoClassifier.Category, Long> counts,
			List<KanoClassifier.Category> categories, boolean tie, Double better, Double worse, String suggestedClass) {

		static KanoRow of(KanoReport.Feature feature) {
			KanoClassifier.Result result = feature.result();
			return new KanoRow(feature.feature(), feature.n(), new java.util.TreeMap<>(result.counts()),
					result.categories(), result.tie(), result.better(), result.worse(),
					feature.suggestedClass() == null ? null : feature.suggestedClass().name());
		}

	}

	@GetMapping("/voc/drivers")
	List<DriverReport.Driver> drivers(@RequestParam(required = false) Long surveyId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String segment, @RequestParam(required = false) String tier,
			@RequestParam(required = false) String channel) {
		return drivers.drivers(parameters.filter(surveyId, from, to, segment, tier, channel, null, null, null));
	}

}
