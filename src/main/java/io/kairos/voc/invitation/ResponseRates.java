package io.kairos.voc.invitation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Response rate per survey and trigger: of the invitations that reached someone, how many were answered. */
@Service
public class ResponseRates {

	private final JdbcClient jdbc;

	ResponseRates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<ResponseRate> of(long surveyId) {
		Map<TriggerKind, long[]> counts = new EnumMap<>(TriggerKind.class);
		jdbc.sql("""
				select trigger_kind, status, count(*) as n from survey_invitation
				where survey_id = :survey group by trigger_kind, status""")
			.param("survey", surveyId)
			.query(rs -> {
				long[] c = counts.computeIfAbsent(TriggerKind.valueOf(rs.getString("trigger_kind")), t -> new long[5]);
				long n = rs.getLong("n");
				switch (InvitationStatus.valueOf(rs.getString("status"))) {
					case PENDING -> c[0] += n;
					case SENT -> c[1] += n;
					case SUPPRESSED -> c[2] += n;
					case NO_CHANNEL -> c[3] += n;
					case ANSWERED -> c[4] += n;
				}
			});
		List<ResponseRate> rates = new ArrayList<>();
		counts.forEach((trigger, c) -> {
			long delivered = c[1] + c[4];
			rates.add(new ResponseRate(trigger, c[0] + c[1] + c[2] + c[3] + c[4], c[0], delivered, c[2], c[3], c[4],
					ResponseRate.rate(c[4], delivered)));
		});
		return rates;
	}

}
