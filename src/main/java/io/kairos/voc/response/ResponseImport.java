package io.kairos.voc.response;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.CustomerDirectory;
import io.kairos.customer.CustomerId;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;
import io.kairos.voc.RecordResponse;
import io.kairos.voc.ResponseSource;
import io.kairos.voc.survey.AnswerProblem;
import io.kairos.voc.survey.SurveyDefinition;

/**
 * Imports responses collected outside Kairos (paper, phone interviews, another tool) into one published survey
 * version. The set is checked as a whole first: one bad row and nothing is stored, and the answer names every
 * problem row by row (rows counted from 1).
 */
@Service
public class ResponseImport {

	public static final int MAX_ROWS = 5000;

	private final Responses responses;

	private final ResponseIntake intake;

	private final CustomerDirectory customers;

	private final JdbcClient jdbc;

	private final Clock clock;

	ResponseImport(Responses responses, ResponseIntake intake, CustomerDirectory customers, JdbcClient jdbc,
			Clock clock) {
		this.responses = responses;
		this.intake = intake;
		this.customers = customers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The problems of one row. */
	public record RowProblems(int row, List<AnswerProblem> problems) {
	}

	/** Stored (with the import id and count) or refused (with every row's problems). */
	public record Outcome(Long importId, int stored, List<RowProblems> rows) {

		public boolean accepted() {
			return importId != null;
		}

	}

	@Transactional
	public Outcome importAll(long surveyId, Integer version, List<ResponseInput> rows, String sourceName,
			Long staffId) {
		return importAll(surveyId, version, rows, Map.of(), sourceName, staffId);
	}

	/** As above, with problems already found while reading the rows (by row number). */
	@Transactional
	public Outcome importAll(long surveyId, Integer version, List<ResponseInput> rows,
			Map<Integer, List<AnswerProblem>> readProblems, String sourceName, Long staffId) {
		if (rows == null || rows.isEmpty() || rows.size() > MAX_ROWS) {
			throw ProblemException.invalid("responses", "problem.import.size", MAX_ROWS);
		}
		SurveyDefinition survey = intake.version(surveyId, version);
		Map<Long, Boolean> knownCustomers = new HashMap<>();
		List<Responses.Valid> valid = new ArrayList<>();
		List<RowProblems> report = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ResponseInput row = rows.get(i);
			List<AnswerProblem> problems = new ArrayList<>(readProblems.getOrDefault(i + 1, List.of()));
			if (row == null) {
				report.add(new RowProblems(i + 1, List.of(new AnswerProblem("row", "problem.import.empty-row"))));
				continue;
			}
			if (row.surveyVersion() != null && row.surveyVersion() != survey.number()) {
				problems.add(new AnswerProblem("surveyVersion", "problem.import.version", survey.number()));
			}
			if (row.customerId() != null && !knownCustomers.computeIfAbsent(row.customerId(),
					id -> id > 0 && customers.findSummary(new CustomerId(id)).isPresent())) {
				problems.add(new AnswerProblem("customerId", "problem.import.customer"));
			}
			if (row.respondedAt() != null && row.respondedAt().isAfter(clock.instant())) {
				problems.add(new AnswerProblem("respondedAt", "problem.import.future"));
			}
			RecordResponse command = new RecordResponse(surveyId, survey.number(),
					row.answers() == null ? Map.of() : row.answers(),
					row.customerId() == null || row.customerId() <= 0 ? null : new CustomerId(row.customerId()),
					row.ticketId(), row.touchpointId(), row.teamId(), row.agentId(), row.channel(), row.tier(),
					row.segment(), row.respondedAt(), ResponseSource.IMPORT);
			Responses.Checked checked = responses.check(survey, command);
			problems.addAll(checked.problems());
			if (problems.isEmpty()) {
				valid.add(checked.response());
			}
			else {
				report.add(new RowProblems(i + 1, List.copyOf(problems)));
			}
		}
		if (!report.isEmpty()) {
			return new Outcome(null, 0, List.copyOf(report));
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into survey_import (survey_id, responses, source_name, imported_by, imported_at)
				values (:survey, :count, :name, :by, :at)""")
			.param("survey", surveyId)
			.param("count", valid.size())
			.param("name", sourceName == null ? null : sourceName.substring(0, Math.min(200, sourceName.length())))
			.param("by", staffId)
			.param("at", Timestamps.utc(clock.instant()))
			.update(keys, "id");
		long importId = Objects.requireNonNull(keys.getKey()).longValue();
		responses.storeAll(valid, importId);
		return new Outcome(importId, valid.size(), List.of());
	}

}
