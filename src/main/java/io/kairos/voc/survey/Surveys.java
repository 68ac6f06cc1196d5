package io.kairos.voc.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;
import io.kairos.voc.SurveyKind;

/**
 * Survey templates (SPEC §5.1): created as draft version 1; edited in place while the latest version is a draft;
 * editing a survey whose latest version is published starts the next draft, so answers always point at the
 * questions they answered. Publishing freezes the latest draft.
 */
@Service
public class Surveys {

	static final Map<String, String> SORTS = Map.of("id", "s.id", "name", "s.name", "created", "s.created_at");

	private final JdbcClient jdbc;

	private final SurveyDefinitions definitions;

	private final Clock clock;

	Surveys(JdbcClient jdbc, SurveyDefinitions definitions, Clock clock) {
		this.jdbc = jdbc;
		this.definitions = definitions;
		this.clock = clock;
	}

	@Transactional
	public SurveyView create(SurveySpec spec, Long staffId) {
		SurveySpecRules.check(spec);
		Instant now = clock.instant();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into survey (name, kind, created_at, created_by, version) values (:name, :kind, :at, :by, 0)")
			.param("name", spec.name().strip())
			.param("kind", spec.kind().name())
			.param("at", Timestamps.utc(now))
			.param("by", staffId)
			.update(keys, "id");
		long id = Objects.requireNonNull(keys.getKey()).longValue();
		insertVersion(id, 1, spec.questions(), now);
		return get(id, null);
	}

	/** Replaces the questions (and name): of the draft when the latest version is one, else of a new draft. */
	@Transactional
	public SurveyView edit(long id, long expectedVersion, SurveySpec spec) {
		SurveyView current = get(id, null);
		if (current.version() != expectedVersion) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		if (spec.kind() != null && spec.kind() != current.kind()) {
			throw ProblemException.invalid("kind", "problem.survey.kind-fixed");
		}
		SurveySpecRules.check(new SurveySpec(spec.name(), current.kind(), spec.questions()));
		int updated = jdbc.sql("update survey set name = :name, version = version + 1 where id = :id and version = :version")
			.param("name", spec.name().strip())
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		Instant now = clock.instant();
		if (current.current().status() == VersionStatus.DRAFT) {
			long versionId = versionId(id, current.current().number());
			jdbc.sql("delete from survey_option where question_id in (select id from survey_question where survey_version_id = :v)")
				.param("v", versionId)
				.update();
			jdbc.sql("delete from survey_question where survey_version_id = :v").param("v", versionId).update();
			insertQuestions(versionId, spec.questions());
		}
		else {
			insertVersion(id, current.current().number() + 1, spec.questions(), now);
		}
		return get(id, null);
	}

	/** Publishes the latest draft; a survey whose latest version is already published is a conflict. */
	@Transactional
	public SurveyView publish(long id, long expectedVersion) {
		SurveyView current = get(id, null);
		if (current.version() != expectedVersion) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		if (current.current().status() != VersionStatus.DRAFT) {
			throw ProblemException.conflict("problem.survey.nothing-to-publish");
		}
		jdbc.sql("update survey_version set status = 'PUBLISHED', published_at = :at where survey_id = :id and number = :n and status = 'DRAFT'")
			.param("at", Timestamps.utc(clock.instant()))
			.param("id", id)
			.param("n", current.current().number())
			.update();
		jdbc.sql("update survey set version = version + 1 where id = :id").param("id", id).update();
		return get(id, null);
	}

	/** The survey with one version (by default its latest). */
	@Transactional(readOnly = true)
	public SurveyView get(long id, Integer number) {
		record Row(String name, SurveyKind kind, long version) {
		}
		Row row = jdbc.sql("select name, kind, version from survey where id = :id")
			.param("id", id)
			.query((rs, i) -> new Row(rs.getString("name"), SurveyKind.valueOf(rs.getString("kind")), rs.getLong("version")))
			.optional()
			.orElseThrow(() -> ProblemException.notFound("problem.survey.not-found"));
		SurveyDefinition definition = (number == null ? definitions.latest(id) : definitions.find(id, number))
			.orElseThrow(() -> ProblemException.notFound("problem.survey.version-not-found"));
		return new SurveyView(id, row.name(), row.kind(), row.version(), definitions.versions(id),
				new SurveyView.Current(definition.number(), definition.status(), definition.questions()));
	}

	/** A page of surveys (without their questions), sorted by an allow-listed key. */
	@Transactional(readOnly = true)
	public SurveyPage list(int page, int size, String sort) {
		String order = SORTS.get(sort == null ? "id" : sort.replaceFirst("^-", ""));
		if (order == null) {
			throw ProblemException.invalid("sort", "problem.survey.sort", String.join(", ", SORTS.keySet()));
		}
		if (page < 0 || size < 1 || size > 200) {
			throw ProblemException.invalid("size", "problem.survey.page");
		}
		boolean descending = sort == null || sort.startsWith("-");
		long total = jdbc.sql("select count(*) from survey").query(Long.class).single();
		List<SurveyPage.Item> items = jdbc.sql("""
				select s.id, s.name, s.kind, s.created_at,
				  (select max(number) from survey_version v where v.survey_id = s.id) latest,
				  (select max(number) from survey_version v where v.survey_id = s.id and v.status = 'PUBLISHED') published
				from survey s order by %s %s, s.id limit :size offset :offset""".formatted(order, descending ? "desc" : "asc"))
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, i) -> new SurveyPage.Item(rs.getLong("id"), rs.getString("name"),
					SurveyKind.valueOf(rs.getString("kind")), rs.getInt("latest"),
					(Integer) rs.getObject("published", Integer.class),
					Timestamps.instant(rs.getObject("created_at", java.time.OffsetDateTime.class))))
			.list();
		return new SurveyPage(items, page, size, total);
	}

	private void insertVersion(long surveyId, int number, List<QuestionSpec> questions, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into survey_version (survey_id, number, status, created_at) values (:survey, :number, 'DRAFT', :at)")
			.param("survey", surveyId)
			.param("number", number)
			.param("at", Timestamps.utc(now))
			.update(keys, "id");
		insertQuestions(Objects.requireNonNull(keys.getKey()).longValue(), questions);
	}

	private long versionId(long surveyId, int number) {
		return jdbc.sql("select id from survey_version where survey_id = :s and number = :n")
			.param("s", surveyId)
			.param("n", number)
			.query(Long.class)
			.single();
	}

	private void insertQuestions(long versionId, List<QuestionSpec> questions) {
		for (int i = 0; i < questions.size(); i++) {
			QuestionSpec question = questions.get(i);
			LocalizedText text = question.text().trimmed();
			LocalizedText dysfunctional = question.dysfunctionalText() == null ? null : question.dysfunctionalText().trimmed();
			LocalizedText why = question.whyText() == null ? null : question.whyText().trimmed();
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into survey_question (survey_version_id, position, code, type, required, text_zh, text_en,
					  dysfunctional_zh, dysfunctional_en, why_zh, why_en, servqual_item, servqual_zone, kano_feature, touchpoint_id)
					values (:version, :position, :code, :type, :required, :zh, :en, :dzh, :den, :wzh, :wen, :item, :zone,
					  :feature, :touchpoint)""")
				.param("version", versionId)
				.param("position", i)
				.param("code", question.code())
				.param("type", question.type().name())
				.param("required", question.mandatory())
				.param("zh", text.zhCn())
				.param("en", text.en())
				.param("dzh", dysfunctional == null ? null : dysfunctional.zhCn())
				.param("den", dysfunctional == null ? null : dysfunctional.en())
				.param("wzh", why == null ? null : why.zhCn())
				.param("wen", why == null ? null : why.en())
				.param("item", question.servqualItem())
				.param("zone", question.type() == io.kairos.voc.QuestionType.SERVQUAL ? question.zone() : null)
				.param("feature", question.kanoFeature() == null ? null : question.kanoFeature().strip())
				.param("touchpoint", question.touchpointId())
				.update(keys, "id");
			long questionId = Objects.requireNonNull(keys.getKey()).longValue();
			List<OptionSpec> options = question.choices();
			for (int o = 0; o < options.size(); o++) {
				LocalizedText label = options.get(o).text().trimmed();
				jdbc.sql("insert into survey_option (question_id, position, code, label_zh, label_en) values (:q, :p, :code, :zh, :en)")
					.param("q", questionId)
					.param("p", o)
					.param("code", options.get(o).code())
					.param("zh", label.zhCn())
					.param("en", label.en())
					.update();
			}
		}
	}

}
