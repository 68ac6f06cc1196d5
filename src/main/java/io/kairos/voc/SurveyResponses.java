package io.kairos.voc;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.shared.api.ProblemException;
import io.kairos.voc.response.Responses;

/**
 * Records survey responses for other parts of Kairos (the public survey page, integrations): validates every
 * answer against the published survey version, stores the response with its context and publishes
 * {@link SurveyAnswered} and {@link MotAnswered} in the caller's transaction.
 */
@Service
public class SurveyResponses {

	private final Responses responses;

	SurveyResponses(Responses responses) {
		this.responses = responses;
	}

	/**
	 * Stores the response and returns its id.
	 * @throws ProblemException 400 naming the first answer at fault ({@code answers.<code>}); 404 when the survey
	 *     version does not exist or is not published. Nothing is stored then.
	 */
	@Transactional
	public long record(RecordResponse command) {
		return responses.record(command);
	}

	/** Every problem of a response without storing it: field ({@code answers.<code>}) and message key. */
	@Transactional(readOnly = true)
	public List<Problem> check(RecordResponse command) {
		return responses.check(command)
			.problems()
			.stream()
			.map(problem -> new Problem(problem.field(), problem.messageKey(), problem.arguments()))
			.toList();
	}

	/** One refused answer or context field. */
	public record Problem(String field, String messageKey, Object[] arguments) {
	}

}
