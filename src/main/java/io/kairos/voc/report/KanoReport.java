package io.kairos.voc.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.voc.score.KanoClassifier;
import io.kairos.voc.score.ServiceClassSuggestion;

/** Kano results per feature: the database counts answer pairs, {@link KanoClassifier} classifies and scores. */
@Service
public class KanoReport {

	private final JdbcClient jdbc;

	KanoReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One feature: its result and the service class it suggests (SPEC §6.1; null when none). */
	public record Feature(String feature, long n, KanoClassifier.Result result,
			ServiceClassSuggestion.ServiceClass suggestedClass) {
	}

	@Transactional(readOnly = true)
	public List<Feature> features(ResponseFilter filter) {
		Map<String, List<KanoClassifier.Pair>> pairs = new LinkedHashMap<>();
		jdbc.sql("""
				select a.kano_feature, a.kano_functional, a.kano_dysfunctional, count(*) answers
				from survey_answer a join survey_response r on r.id = a.response_id
				where a.question_type = 'KANO'""" + filter.conditions() + """
				 group by a.kano_feature, a.kano_functional, a.kano_dysfunctional order by a.kano_feature""")
			.params(filter.parameters())
			.query(rs -> {
				pairs.computeIfAbsent(rs.getString("kano_feature"), feature -> new ArrayList<>())
					.add(new KanoClassifier.Pair(KanoClassifier.Answer.valueOf(rs.getString("kano_functional")),
							KanoClassifier.Answer.valueOf(rs.getString("kano_dysfunctional")), rs.getLong("answers")));
			});
		List<Feature> features = new ArrayList<>();
		pairs.forEach((feature, counted) -> {
			KanoClassifier.Result result = KanoClassifier.evaluate(counted);
			features.add(new Feature(feature, counted.stream().mapToLong(KanoClassifier.Pair::count).sum(), result,
					ServiceClassSuggestion.suggest(result.categories())));
		});
		return features;
	}

}
