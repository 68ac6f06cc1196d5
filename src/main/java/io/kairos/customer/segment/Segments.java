package io.kairos.customer.segment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.SegmentEvaluated;
import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.paging.Keyset;
import tools.jackson.databind.json.JsonMapper;

/**
 * The use cases around segments: define, redefine, count (saved or not), list members, and evaluate — record
 * each segment's member count for the day. Rules are checked by {@link SegmentSql} before they are stored.
 */
@Service
public class Segments {

	static final int HISTORY_DAYS = 90;

	private final SegmentRepository segments;

	private final SegmentQueries queries;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final ZoneId zone;

	Segments(SegmentRepository segments, SegmentQueries queries, AuditLog audit, ApplicationEventPublisher events,
			JsonMapper json, Clock clock, @Value("${kairos.default-time-zone:Asia/Shanghai}") String zone) {
		this.segments = segments;
		this.queries = queries;
		this.audit = audit;
		this.events = events;
		this.json = json;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	@Transactional
	public SegmentView create(SegmentCommand command) {
		requireNames(command);
		SegmentSql.where(command.rule(), today());
		Segment saved = segments.save(Segment.define(command.nameEn().strip(), command.nameZh().strip(),
				json.writeValueAsString(command.rule()), channels(command.defaultChannels()), clock.instant()));
		audit.record("segment.created", "segment", saved.id(), Map.of("name", saved.nameEn()));
		return view(saved);
	}

	@Transactional
	public SegmentView update(long id, long expectedVersion, SegmentCommand command) {
		Segment segment = load(id);
		if (segment.version() != expectedVersion) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		requireNames(command);
		SegmentSql.where(command.rule(), today());
		segment.redefine(command.nameEn().strip(), command.nameZh().strip(), json.writeValueAsString(command.rule()),
				channels(command.defaultChannels()), clock.instant());
		Segment saved = segments.save(segment);
		audit.record("segment.updated", "segment", id, Map.of("name", saved.nameEn()));
		return view(saved);
	}

	@Transactional(readOnly = true)
	public SegmentView find(long id) {
		return view(load(id));
	}

	@Transactional(readOnly = true)
	public List<SegmentSummary> list() {
		Map<Long, DailyCount> last = queries.lastCounts();
		return segments.findAll()
			.stream()
			.sorted((a, b) -> Long.compare(a.id(), b.id()))
			.map(segment -> {
				DailyCount count = last.get(segment.id());
				return new SegmentSummary(segment.id(), segment.code(), segment.nameEn(), segment.nameZh(),
						mediums(segment.defaultChannels()), count == null ? null : count.memberCount(),
						count == null ? null : count.day());
			})
			.toList();
	}

	/** How many customers an unsaved rule matches now. */
	@Transactional(readOnly = true)
	public long preview(SegmentRule rule) {
		return queries.count(SegmentSql.where(rule, today()));
	}

	@Transactional(readOnly = true)
	public Keyset.Page<SegmentMember> members(long id, Keyset keyset) {
		return queries.members(SegmentSql.where(rule(load(id)), today()), keyset);
	}

	@Transactional(readOnly = true)
	public List<DailyCount> history(long id) {
		load(id);
		return queries.history(id, HISTORY_DAYS);
	}

	/** The members' condition of a segment today; empty when there is no such segment. */
	@Transactional(readOnly = true)
	java.util.Optional<SegmentSql.Where> where(long id) {
		return segments.findById(id).map(segment -> SegmentSql.where(rule(segment), today()));
	}

	/** The segments a customer belongs to now. */
	@Transactional(readOnly = true)
	public List<SegmentSummary> segmentsOf(long customer) {
		LocalDate today = today();
		return segments.findAll()
			.stream()
			.filter(segment -> queries.contains(SegmentSql.where(rule(segment), today), customer))
			.sorted((a, b) -> Long.compare(a.id(), b.id()))
			.map(segment -> new SegmentSummary(segment.id(), segment.code(), segment.nameEn(), segment.nameZh(),
					mediums(segment.defaultChannels()), null, null))
			.toList();
	}

	/**
	 * Counts every segment's members and records the count for today; running it again the same day (here or
	 * on another node) replaces the day's count, never adds a second one.
	 */
	@Transactional
	public Map<Long, Long> evaluateAll() {
		LocalDate today = today();
		Map<Long, Long> counts = new LinkedHashMap<>();
		for (Segment segment : segments.findAll()) {
			long count = queries.count(SegmentSql.where(rule(segment), today));
			queries.recordCount(segment.id(), today, count, clock.instant());
			counts.put(segment.id(), count);
			events.publishEvent(new SegmentEvaluated(segment.id(), today, count));
		}
		return counts;
	}

	private SegmentView view(Segment segment) {
		SegmentRule rule = rule(segment);
		return new SegmentView(segment.id(), segment.code(), segment.nameEn(), segment.nameZh(), rule,
				mediums(segment.defaultChannels()), queries.count(SegmentSql.where(rule, today())), segment.version(),
				segment.createdAt(), segment.updatedAt());
	}

	private Segment load(long id) {
		return segments.findById(id).orElseThrow(() -> ProblemException.notFound("problem.segment.not-found"));
	}

	private SegmentRule rule(Segment segment) {
		return json.readValue(segment.rule(), SegmentRule.class);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	private static void requireNames(SegmentCommand command) {
		requireName("nameEn", command.nameEn());
		requireName("nameZh", command.nameZh());
	}

	private static void requireName(String field, String name) {
		if (name == null || name.isBlank()) {
			throw ProblemException.invalid(field, "validation.required");
		}
		if (name.strip().length() > 100) {
			throw ProblemException.invalid(field, "problem.segment.name-length", 100);
		}
	}

	private static String channels(List<Medium> channels) {
		if (channels == null) {
			return "";
		}
		if (channels.contains(null)) {
			throw ProblemException.invalid("defaultChannels", "validation.required");
		}
		return channels.stream().distinct().map(Medium::name).collect(Collectors.joining(","));
	}

	private static List<Medium> mediums(String channels) {
		return Arrays.stream(channels.split(","))
			.filter(code -> !code.isBlank())
			.map(Medium::valueOf)
			.filter(Objects::nonNull)
			.toList();
	}

}
