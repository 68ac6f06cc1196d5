package io.kairos.desk.routing;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.TicketAssigned;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.category.Categories;
import io.kairos.identity.AuditLog;
import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/**
 * Agents' routing profiles. Desk admins change anyone's; holders of {@code routing.manage} (supervisors) change
 * the profiles of members of a team they belong to; everyone else only their own availability.
 */
@Service
public class RoutingProfiles {

	static final int MAX_CAPACITY = 200;

	private static final int MAX_SKILLS = 50;

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	private static final String LANGUAGE_SKILL = "LANGUAGE";

	private static final String PRODUCT_SKILL = "PRODUCT";

	static final List<String> ACTIVE = Arrays.stream(TicketStatus.values())
		.filter(TicketStatus::isActive)
		.map(TicketStatus::name)
		.toList();

	private final JdbcClient jdbc;

	private final StaffDirectory staff;

	private final Categories categories;

	private final AuditLog audit;

	private final RoutingSettings settings;

	private final Clock clock;

	RoutingProfiles(JdbcClient jdbc, StaffDirectory staff, Categories categories, AuditLog audit,
			RoutingSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.categories = categories;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public RoutingProfile find(long staffId) {
		StaffMember member = member(staffId);
		AssignmentPolicy.Agent agent = agents(List.of(staffId)).get(0);
		Stored stored = stored(staffId);
		return new RoutingProfile(staffId, member.displayName(), agent.availability(), agent.capacity(),
				agent.activeTickets(), agent.vipCertified(), List.copyOf(new TreeSet<>(agent.languages())),
				List.copyOf(new TreeSet<>(agent.products())), stored == null ? 0 : stored.version(),
				stored == null ? null : stored.updatedAt());
	}

	@Transactional
	public RoutingProfile change(long staffId, long expectedVersion, ProfileChanges changes, StaffPrincipal caller) {
		RoutingProfile current = find(staffId);
		if (current.version() != expectedVersion) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		boolean manages = caller.hasPermission("desk.admin")
				|| (caller.hasPermission("routing.manage") && sharesTeam(caller.id(), staffId));
		boolean self = caller.id() == staffId;
		Availability availability = Objects.requireNonNullElse(changes.availability(), current.availability());
		int capacity = Objects.requireNonNullElse(changes.capacity(), current.capacity());
		boolean vip = Objects.requireNonNullElse(changes.vipCertified(), current.vipCertified());
		List<String> languages = changes.languages() == null ? current.languages() : languages(changes.languages());
		List<String> products = changes.products() == null ? current.products() : products(changes.products());
		boolean onlyAvailability = capacity == current.capacity() && vip == current.vipCertified()
				&& languages.equals(current.languages()) && products.equals(current.products());
		if (!manages && !(self && onlyAvailability)) {
			throw ProblemException.forbidden(self ? "problem.routing.profile.own-availability-only"
					: "problem.routing.profile.forbidden");
		}
		if (capacity < 0 || capacity > MAX_CAPACITY) {
			throw ProblemException.invalid("capacity", "problem.routing.capacity", 0, MAX_CAPACITY);
		}
		Instant now = clock.instant();
		save(staffId, current.version(), availability, capacity, vip, now);
		jdbc.sql("delete from agent_skill where staff_id = :staff").param("staff", staffId).update();
		languages.forEach(code -> skill(staffId, LANGUAGE_SKILL, code));
		products.forEach(code -> skill(staffId, PRODUCT_SKILL, code));
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("availability", availability.name());
		detail.put("capacity", capacity);
		detail.put("vipCertified", vip);
		detail.put("languages", languages);
		detail.put("products", products);
		audit.record("routing.profile.changed", "staff_user", staffId, detail);
		return find(staffId);
	}

	/** The agents as routing sees them, in the order of the ids given; unknown ids are left out. */
	@Transactional(readOnly = true)
	List<AssignmentPolicy.Agent> agents(Collection<Long> staffIds) {
		if (staffIds.isEmpty()) {
			return List.of();
		}
		Map<Long, Stored> stored = new HashMap<>();
		jdbc.sql("select staff_id, availability, capacity, vip_certified, last_assigned_at, version, updated_at "
				+ "from agent_routing_profile where staff_id in (:ids)")
			.param("ids", staffIds)
			.query((rs, n) -> stored.put(rs.getLong(1), new Stored(Availability.valueOf(rs.getString(2)), rs.getInt(3),
					rs.getBoolean(4), Timestamps.instant(rs.getObject(5, OffsetDateTime.class)), rs.getLong(6),
					Timestamps.instant(rs.getObject(7, OffsetDateTime.class)))))
			.list();
		Map<Long, Set<String>> languages = new HashMap<>();
		Map<Long, Set<String>> products = new HashMap<>();
		jdbc.sql("select staff_id, kind, code from agent_skill where staff_id in (:ids)")
			.param("ids", staffIds)
			.query((rs, n) -> (LANGUAGE_SKILL.equals(rs.getString(2)) ? languages : products)
				.computeIfAbsent(rs.getLong(1), id -> new HashSet<>())
				.add(rs.getString(3)))
			.list();
		Map<Long, Integer> active = activeTickets(staffIds);
		List<AssignmentPolicy.Agent> agents = new ArrayList<>();
		for (Long id : staffIds) {
			staff.find(id).ifPresent(member -> {
				Stored row = stored.get(id);
				agents.add(new AssignmentPolicy.Agent(id, member.enabled(),
						row == null ? Availability.OFFLINE : row.availability(),
						active.getOrDefault(id, 0), row == null ? settings.defaultCapacity() : row.capacity(),
						languages.getOrDefault(id, Set.of()), products.getOrDefault(id, Set.of()),
						row != null && row.vipCertified(), row == null ? null : row.lastAssignedAt()));
			});
		}
		return agents;
	}

	/** Locks the agent's profile row (if any) so two routings do not both fill the agent's last free slot. */
	void lock(long staffId) {
		jdbc.sql("select staff_id from agent_routing_profile where staff_id = :staff for update")
			.param("staff", staffId)
			.query(Long.class)
			.optional();
	}

	/** Every assignment to an agent (routed, pulled, by a supervisor) restarts their idle time. */
	@EventListener
	void assigned(TicketAssigned event) {
		if (event.assigneeId() != null && !event.assigneeId().equals(event.previousAssigneeId())) {
			jdbc.sql("update agent_routing_profile set last_assigned_at = :at where staff_id = :staff")
				.param("at", Timestamps.utc(event.at()))
				.param("staff", event.assigneeId())
				.update();
		}
	}

	boolean sharesTeam(long staffId, long otherStaffId) {
		return jdbc.sql("""
				select count(*) from team_member a join team_member b on a.team = b.team
				where a.staff_id = :one and b.staff_id = :other""")
			.param("one", staffId)
			.param("other", otherStaffId)
			.query(Long.class)
			.single() > 0;
	}

	private Map<Long, Integer> activeTickets(Collection<Long> staffIds) {
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("select assignee_id, count(*) from ticket where assignee_id in (:ids) and status in (:active) group by assignee_id")
			.param("ids", staffIds)
			.param("active", ACTIVE)
			.query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return counts;
	}

	private StaffMember member(long staffId) {
		return staff.find(staffId).orElseThrow(() -> ProblemException.notFound("problem.routing.staff.unknown"));
	}

	private Stored stored(long staffId) {
		return jdbc.sql("select availability, capacity, vip_certified, last_assigned_at, version, updated_at "
				+ "from agent_routing_profile where staff_id = :staff")
			.param("staff", staffId)
			.query((rs, n) -> new Stored(Availability.valueOf(rs.getString(1)), rs.getInt(2), rs.getBoolean(3),
					Timestamps.instant(rs.getObject(4, OffsetDateTime.class)), rs.getLong(5),
					Timestamps.instant(rs.getObject(6, OffsetDateTime.class))))
			.optional()
			.orElse(null);
	}

	private void save(long staffId, long version, Availability availability, int capacity, boolean vip, Instant now) {
		if (version == 0) {
			try {
				jdbc.sql("""
					insert into agent_routing_profile (staff_id, availability, capacity, vip_certified, version, updated_at)
					values (:staff, :availability, :capacity, :vip, 1, :now)""")
				.param("staff", staffId)
				.param("availability", availability.name())
				.param("capacity", capacity)
				.param("vip", vip)
				.param("now", Timestamps.utc(now))
				.update();
			}
			catch (DuplicateKeyException concurrentFirstSave) {
				throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
			}
			return;
		}
		int updated = jdbc.sql("""
				update agent_routing_profile set availability = :availability, capacity = :capacity, vip_certified = :vip,
				       version = version + 1, updated_at = :now
				where staff_id = :staff and version = :version""")
			.param("staff", staffId)
			.param("availability", availability.name())
			.param("capacity", capacity)
			.param("vip", vip)
			.param("now", Timestamps.utc(now))
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
	}

	private void skill(long staffId, String kind, String code) {
		jdbc.sql("insert into agent_skill (staff_id, kind, code) values (:staff, :kind, :code)")
			.param("staff", staffId)
			.param("kind", kind)
			.param("code", code)
			.update();
	}

	private static List<String> languages(List<String> given) {
		Set<String> codes = new TreeSet<>();
		for (String code : given) {
			String clean = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
			if (!LANGUAGE.matcher(clean).matches()) {
				throw ProblemException.invalid("languages", "problem.routing.language", String.valueOf(code));
			}
			codes.add(clean);
		}
		if (codes.size() > MAX_SKILLS) {
			throw ProblemException.invalid("languages", "problem.routing.too-many", MAX_SKILLS);
		}
		return List.copyOf(codes);
	}

	private List<String> products(List<String> given) {
		Set<String> codes = new TreeSet<>();
		for (String code : given) {
			String clean = code == null ? "" : code.strip();
			if (clean.isEmpty() || categories.byCode(clean).isEmpty()) {
				throw ProblemException.invalid("products", "problem.routing.product", String.valueOf(code));
			}
			codes.add(clean);
		}
		if (codes.size() > MAX_SKILLS) {
			throw ProblemException.invalid("products", "problem.routing.too-many", MAX_SKILLS);
		}
		return List.copyOf(codes);
	}

	private record Stored(Availability availability, int capacity, boolean vipCertified, Instant lastAssignedAt,
			long version, Instant updatedAt) {
	}

}
