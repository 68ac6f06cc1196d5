package io.kairos.voc.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.shared.time.Timestamps;
import io.kairos.voc.QuestionType;
import io.kairos.voc.SurveyCatalog;
import io.kairos.voc.SurveyKind;

/** Reads survey versions with their questions and options. */
@Component
public class SurveyDefinitions {

	private final JdbcClient jdbc;

	SurveyDefinitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<SurveyDefinition> find(long surveyId, int number) {
		return jdbc.sql("""
				select v.id, v.number, v.status, v.published_at, s.id survey_id, s.name, s.kind
				from survey_version v join survey s on s.id = v.survey_id
				where v.survey_id = :survey and v.number = :number""")
			.param("survey", surveyId)
			.param("number", number)
			.query((rs, row) -> header(rs))
			.optional()
			.map(this::withQuestions);
	}

	public Optional<SurveyDefinition> latest(long surveyId) {
		return latestNumber(surveyId, false).flatMap(number -> find(surveyId, number));
	}

	public Optional<SurveyDefinition> latestPublished(long surveyId) {
		return latestNumber(surveyId, true).flatMap(number -> find(surveyId, number));
	}

	/** The versions of a survey, oldest first. */
	List<VersionInfo> versions(long surveyId) {
		return jdbc.sql("select number, status, published_at from survey_version where survey_id = :survey order by number")
			.param("survey", surveyId)
			.query((rs, row) -> new VersionInfo(rs.getInt("number"), VersionStatus.valueOf(rs.getString("status")),
					Timestamps.instant(rs.getObject("published_at", OffsetDateTime.class))))
			.list();
	}

	public List<SurveyCatalog.SurveySummary> publishedSummaries() {
		return jdbc.sql("""
				select s.id, s.name, s.kind, max(v.number) published
				from survey s join survey_version v on v.survey_id = s.id and v.status = 'PUBLISHED'
				group by s.id, s.name, s.kind order by s.id desc""")
			.query((rs, row) -> new SurveyCatalog.SurveySummary(rs.getLong("id"), rs.getString("name"),
					SurveyKind.valueOf(rs.getString("kind")), rs.getInt("published")))
			.list();
	}

	private Optional<Integer> latestNumber(long surveyId, boolean published) {
		return jdbc.sql("select max(number) from survey_version where survey_id = :survey"
				+ (published ? " and status = 'PUBLISHED'" : ""))
			.param("survey", surveyId)
			.query(Integer.class)
			.optional();
	}

	private record Header(long versionId, SurveyDefinition definition) {
	}

	private static Header header(ResultSet rs) throws SQLException {
		return new Header(rs.getLong("id"),
				new SurveyDefinition(rs.getLong("survey_id"), rs.getString("name"),
						SurveyKind.valueOf(rs.getString("kind")), rs.getInt("number"),
						VersionStatus.valueOf(rs.getString("status")),
						Timestamps.instant(rs.getObject("published_at", OffsetDateTime.class)), List.of()));
	}

	private SurveyDefinition withQuestions(Header header) {
		Map<Long, List<OptionSpec>> options = new LinkedHashMap<>();
		jdbc.sql("""
				select o.question_id, o.code, o.label_zh, o.label_en from survey_option o
				join survey_question q on q.id = o.question_id
				where q.survey_version_id = :version order by o.question_id, o.position""")
			.param("version", header.versionId())
			.query(rs -> {
				options.computeIfAbsent(rs.getLong("question_id"), id -> new ArrayList<>())
					.add(new OptionSpec(rs.getString("code"),
							new LocalizedText(rs.getString("label_zh"), rs.getString("label_en"))));
			});
		List<QuestionSpec> questions = jdbc.sql("select * from survey_question where survey_version_id = :version order by position")
			.param("version", header.versionId())
			.query((rs, row) -> question(rs, options.getOrDefault(rs.getLong("id"), List.of())))
			.list();
		SurveyDefinition definition = header.definition();
		return new SurveyDefinition(definition.surveyId(), definition.name(), definition.kind(), definition.number(),
				definition.status(), definition.publishedAt(), questions);
	}

	private static QuestionSpec question(ResultSet rs, List<OptionSpec> options) throws SQLException {
		QuestionType type = QuestionType.valueOf(rs.getString("type"));
		return new QuestionSpec(rs.getString("code"), type, rs.getBoolean("required"),
				new LocalizedText(rs.getString("text_zh"), rs.getString("text_en")),
				options.isEmpty() ? null : List.copyOf(options), (Integer) rs.getObject("servqual_item", Integer.class),
				type == QuestionType.SERVQUAL ? rs.getBoolean("servqual_zone") : null, rs.getString("kano_feature"),
				optionalText(rs, "dysfunctional"), optionalText(rs, "why"),
				rs.getObject("touchpoint_id", Long.class));
	}

	private static LocalizedText optionalText(ResultSet rs, String prefix) throws SQLException {
		String zh = rs.getString(prefix + "_zh");
		String en = rs.getString(prefix + "_en");
		return zh == null && en == null ? null : new LocalizedText(zh, en);
	}

	/** A version's number, status and publication time. */
	public record VersionInfo(int number, VersionStatus status, java.time.Instant publishedAt) {
	}

}
