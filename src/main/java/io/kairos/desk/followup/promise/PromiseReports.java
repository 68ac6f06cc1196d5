package io.kairos.desk.followup.promise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.team.Teams;
import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/**
 * The promise-kept rate per agent (the promise's owner) or team (the ticket's team when the promise was made),
 * over promises due in [from, to).
 */
@Service
public class PromiseReports {

	private final JdbcClient jdbc;

	private final StaffDirectory staff;

	private final Teams teams;

	PromiseReports(JdbcClient jdbc, StaffDirectory staff, Teams teams) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.teams = teams;
	}

	@Transactional(readOnly = true)
	public KeptRates keptRate(String groupBy, Instant from, Instant to) {
		String column = switch (groupBy == null ? "agent" : groupBy) {
			case "agent" -> "owner_id";
			case "team" -> "team_id";
			default -> throw ProblemException.invalid("groupBy", "problem.promise.group-by");
		};
		if (from != null && to != null && !from.isBefore(to)) {
			throw ProblemException.invalid("to", "problem.promise.period");
		}
		StringBuilder sql = new StringBuilder("select " + column + """
				 as grp, count(*) filter (where status = 'KEPT') as kept, count(*) filter (where status = 'BROKEN') as broken
				from ticket_promise where status in ('KEPT', 'BROKEN')""");
		if (from != null) {
			sql.append(" and due_at >= :from");
		}
		if (to != null) {
			sql.append(" and due_at < :to");
		}
		sql.append(" group by ").append(column).append(" order by ").append(column);
		var query = jdbc.sql(sql.toString());
		if (from != null) {
			query = query.param("from", Timestamps.utc(from));
		}
		if (to != null) {
			query = query.param("to", Timestamps.utc(to));
		}
		List<Row> rows = query.query((rs, n) -> new Row((Long) rs.getObject("grp"), rs.getLong("kept"), rs.getLong("broken")))
			.list();
		List<GroupRate> groups = new ArrayList<>();
		long kept = 0;
		long broken = 0;
		for (Row row : rows) {
			PromiseKeptRate rate = new PromiseKeptRate(row.kept(), row.broken());
			groups.add(new GroupRate(row.id(), name(column, row.id()), rate.kept(), rate.broken(), rate.rate()));
			kept += row.kept();
			broken += row.broken();
		}
		PromiseKeptRate total = new PromiseKeptRate(kept, broken);
		return new KeptRates(groupBy == null ? "agent" : groupBy, from, to, groups,
				new GroupRate(null, null, total.kept(), total.broken(), total.rate()));
	}

	private String name(String column, Long id) {
		if (id == null) {
			return null;
		}
		if ("owner_id".equals(column)) {
			return staff.find(id).map(StaffMember::displayName).orElse(null);
		}
		return teams.find(id).map(Teams.TeamView::name).orElse(null);
	}

	public record KeptRates(String groupBy, Instant from, Instant to, List<GroupRate> groups, GroupRate total) {
	}

	public record GroupRate(Long id, String name, long kept, long broken, java.math.BigDecimal rate) {
	}

	private record Row(Long id, long kept, long broken) {
	}

}
