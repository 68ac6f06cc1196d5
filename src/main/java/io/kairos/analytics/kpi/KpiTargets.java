package io.kairos.analytics.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.analytics.Kpi;
import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/** The targets admins and managers set per KPI ({@code kpi_target}), versioned and audited. */
@Service
public class KpiTargets {

	private static final BigDecimal LIMIT = new BigDecimal("1000000000");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	KpiTargets(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Map<Kpi, KpiTarget> all() {
		Map<Kpi, KpiTarget> targets = new EnumMap<>(Kpi.class);
		jdbc.sql("select kpi, green_at, amber_at, version from kpi_target order by kpi").query(rs -> {
			Kpi kpi = Kpi.ofCode(rs.getString("kpi")).orElse(null);
			if (kpi != null) {
				targets.put(kpi, new KpiTarget(kpi, rs.getBigDecimal("green_at"), rs.getBigDecimal("amber_at"),
						rs.getInt("version")));
			}
		});
		return targets;
	}

	@Transactional(readOnly = true)
	public Optional<KpiTarget> find(Kpi kpi) {
		return Optional.ofNullable(all().get(kpi));
	}

	/** The version a new target's If-Match should name: the current one, or 0 for a KPI without a target yet. */
	@Transactional(readOnly = true)
	public int currentVersion(Kpi kpi) {
		return find(kpi).map(KpiTarget::version).orElse(0);
	}

	/**
	 * Sets (creates or replaces) a KPI's target. 400 naming the field for an unknown KPI, a plain volume, missing or
	 * out-of-range levels, or amber on the better side of green; 412 when {@code expectedVersion} is not current.
	 */
	@Transactional
	public KpiTarget set(String code, NewTarget target, long expectedVersion, long staffId) {
		Kpi kpi = kpi(code);
		if (target == null || target.greenAt() == null) {
			throw ProblemException.invalid("greenAt", "problem.kpi-target.missing");
		}
		if (target.amberAt() == null) {
			throw ProblemException.invalid("amberAt", "problem.kpi-target.missing");
		}
		check("greenAt", kpi, target.greenAt());
		check("amberAt", kpi, target.amberAt());
		KpiTarget wanted = new KpiTarget(kpi, target.greenAt(), target.amberAt(), 0);
		if (!wanted.ordered()) {
			throw ProblemException.invalid("amberAt", kpi.direction() == Kpi.Direction.HIGHER
					? "problem.kpi-target.amber-above-green" : "problem.kpi-target.amber-below-green");
		}
		Optional<KpiTarget> current = find(kpi);
		int version = current.map(KpiTarget::version).orElse(0);
		if (expectedVersion != version) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		if (current.isPresent()) {
			int changed = jdbc.sql("""
					update kpi_target set green_at = :green, amber_at = :amber, version = version + 1, updated_by = :by,
					updated_at = :now where kpi = :kpi and version = :version""")
				.param("green", target.greenAt())
				.param("amber", target.amberAt())
				.param("by", staffId)
				.param("now", Timestamps.utc(clock.instant()))
				.param("kpi", kpi.code())
				.param("version", version)
				.update();
			if (changed == 0) {
				throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
			}
		}
		else {
			jdbc.sql("""
					insert into kpi_target (kpi, green_at, amber_at, version, updated_by, updated_at)
					values (:kpi, :green, :amber, 1, :by, :now)""")
				.param("green", target.greenAt())
				.param("amber", target.amberAt())
				.param("by", staffId)
				.param("now", Timestamps.utc(clock.instant()))
				.param("kpi", kpi.code())
				.update();
		}
		audit.record("kpi.target.set", "kpi", kpi.code(),
				Map.of("greenAt", target.greenAt().toPlainString(), "amberAt", target.amberAt().toPlainString()));
		return find(kpi).orElseThrow();
	}

	/** Removes a KPI's target (its status becomes empty); nothing happens when it had none. */
	@Transactional
	public void remove(String code) {
		Kpi kpi = kpi(code);
		if (jdbc.sql("delete from kpi_target where kpi = :kpi").param("kpi", kpi.code()).update() > 0) {
			audit.record("kpi.target.remove", "kpi", kpi.code(), Map.of());
		}
	}

	/** The KPIs a target can be set for: all but plain volumes. */
	public static List<Kpi> targetable() {
		return java.util.Arrays.stream(Kpi.values()).filter(kpi -> kpi.direction() != Kpi.Direction.NONE).toList();
	}

	private static Kpi kpi(String code) {
		return Kpi.ofCode(code)
			.filter(kpi -> kpi.direction() != Kpi.Direction.NONE)
			.orElseThrow(() -> ProblemException.invalid("kpi", "problem.kpi-target.kpi", String.valueOf(code)));
	}

	private static void check(String field, Kpi kpi, BigDecimal level) {
		BigDecimal max = kpi.unit() == Kpi.Unit.PERCENT ? BigDecimal.valueOf(100)
				: kpi == Kpi.NPS ? BigDecimal.valueOf(100) : kpi == Kpi.MOT_INDEX ? BigDecimal.valueOf(3) : LIMIT;
		BigDecimal min = kpi.unit() == Kpi.Unit.SCORE ? max.negate() : BigDecimal.ZERO;
		if (level.compareTo(min) < 0 || level.compareTo(max) > 0 || level.scale() > 4) {
			throw ProblemException.invalid(field, "problem.kpi-target.range", min.toPlainString(), max.toPlainString());
		}
	}

	/** A target as submitted: the green and amber levels. */
	public record NewTarget(BigDecimal greenAt, BigDecimal amberAt) {
	}

}
