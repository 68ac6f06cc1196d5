package io.kairos.desk.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import io.kairos.desk.ServiceStep;
import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketType;

/**
 * A customer's request, complaint, repair or order (SPEC §2.1). It does not hold its conversation (messages are
 * their own aggregate). Status moves follow {@link TicketStatus}; every persisted field is a constructor
 * parameter because a save with a new version copies the aggregate through that constructor.
 */
@Table("ticket")
public class Ticket implements Persistable<Long> {

	@Id
	private final Long id;

	@Version
	private final Integer version;

	private final String number;

	private final long customerId;

	private final TicketChannel channel;

	private TicketType type;

	private Long categoryId;

	private TicketPriority priority;

	private String subject;

	private final String description;

	private TicketStatus status;

	private int step;

	private Instant stepStartedAt;

	private Long assigneeId;

	private Long teamId;

	private boolean restricted;

	private Long touchpointId;

	private final String customerTier;

	private int contactCount;

	private Boolean firstContactResolution;

	private Long slaPolicyId;

	private Instant firstResponseDue;

	private Instant nextResponseDue;

	private Instant resolutionDue;

	private Instant slaPausedAt;

	private final Long createdBy;

	private final Instant createdAt;

	private Instant updatedAt;

	private Instant firstResponseAt;

	private Instant resolvedAt;

	private Instant closedAt;

	@MappedCollection(idColumn = "ticket")
	private Set<TicketTag> tags;

	@Transient
	private final boolean fresh;

	@PersistenceCreator
	Ticket(Long id, Integer version, String number, long customerId, TicketChannel channel, TicketType type,
			Long categoryId, TicketPriority priority, String subject, String description, TicketStatus status, int step,
			Instant stepStartedAt, Long assigneeId, Long teamId, boolean restricted, Long touchpointId,
			String customerTier, int contactCount, Boolean firstContactResolution, Long slaPolicyId,
			Instant firstResponseDue, Instant nextResponseDue, Instant resolutionDue, Instant slaPausedAt,
			Long createdBy, Instant createdAt, Instant updatedAt, Instant firstResponseAt, Instant resolvedAt,
			Instant closedAt, Set<TicketTag> tags) {
		this(id, version, number, customerId, channel, type, categoryId, priority, subject, description, status, step,
				stepStartedAt, assigneeId, teamId, restricted, touchpointId, customerTier, contactCount,
				firstContactResolution, slaPolicyId, firstResponseDue, nextResponseDue, resolutionDue, slaPausedAt,
				createdBy, createdAt, updatedAt, firstResponseAt, resolvedAt, closedAt, tags, false);
	}

	private Ticket(Long id, Integer version, String number, long customerId, TicketChannel channel, TicketType type,
			Long categoryId, TicketPriority priority, String subject, String description, TicketStatus status, int step,
			Instant stepStartedAt, Long assigneeId, Long teamId, boolean restricted, Long touchpointId,
			String customerTier, int contactCount, Boolean firstContactResolution, Long slaPolicyId,
			Instant firstResponseDue, Instant nextResponseDue, Instant resolutionDue, Instant slaPausedAt,
			Long createdBy, Instant createdAt, Instant updatedAt, Instant firstResponseAt, Instant resolvedAt,
			Instant closedAt, Set<TicketTag> tags, boolean fresh) {
		this.id = id;
		this.version = version;
		this.number = number;
		this.customerId = customerId;
		this.channel = channel;
		this.type = type;
		this.categoryId = categoryId;
		this.priority = priority;
		this.subject = subject;
		this.description = description;
		this.status = status;
		this.step = step;
		this.stepStartedAt = stepStartedAt;
		this.assigneeId = assigneeId;
		this.teamId = teamId;
		this.restricted = restricted;
		this.touchpointId = touchpointId;
		this.customerTier = customerTier;
		this.contactCount = contactCount;
		this.firstContactResolution = firstContactResolution;
		this.slaPolicyId = slaPolicyId;
		this.firstResponseDue = firstResponseDue;
		this.nextResponseDue = nextResponseDue;
		this.resolutionDue = resolutionDue;
		this.slaPausedAt = slaPausedAt;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.firstResponseAt = firstResponseAt;
		this.resolvedAt = resolvedAt;
		this.closedAt = closedAt;
		this.tags = tags == null ? new HashSet<>() : new HashSet<>(tags);
		this.fresh = fresh;
	}

	/** A new ticket in status NEW at step 1; the id comes from the ticket sequence so the number can include it. */
	static Ticket open(long id, String number, long customerId, TicketChannel channel, TicketType type, Long categoryId,
			TicketPriority priority, String subject, String description, Long teamId, boolean restricted,
			String customerTier, Long createdBy, Instant now) {
		return new Ticket(id, null, number, customerId, channel, type, categoryId, priority, subject, description,
				TicketStatus.NEW, ServiceStep.RECEPTION.number(), now, null, teamId, restricted, null, customerTier, 1,
				null, null, null, null, null, null, createdBy, now, now, null, null, null, null, true);
	}

	@Override
	public Long getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	/**
	 * Moves to {@code target} if the status rules allow it; returns false when the ticket is already there.
	 * Resolving fixes the first-contact-resolution flag; reopening clears the resolution.
	 */
	boolean moveTo(TicketStatus target, Instant now) {
		if (status == target) {
			return false;
		}
		if (!status.canMoveTo(target)) {
			throw new IllegalTicketMove(status, target);
		}
		TicketStatus before = status;
		status = target;
		if (target == TicketStatus.RESOLVED) {
			resolvedAt = now;
			firstContactResolution = contactCount <= 1;
		}
		else if (target == TicketStatus.CLOSED) {
			closedAt = now;
		}
		else if (before == TicketStatus.RESOLVED) {
			resolvedAt = null;
			firstContactResolution = null;
		}
		if (target.pausesSla() && !before.pausesSla()) {
			slaPausedAt = now;
		}
		else if (!target.pausesSla() && before.pausesSla()) {
			slaPausedAt = null;
		}
		updatedAt = now;
		return true;
	}

	/** A public reply from staff: the first one is the first response; a new ticket becomes open. */
	void recordStaffReply(Instant now) {
		if (firstResponseAt == null) {
			firstResponseAt = now;
		}
		if (status == TicketStatus.NEW) {
			moveTo(TicketStatus.OPEN, now);
		}
		updatedAt = now;
	}

	/** The customer got in touch again: one more contact; a ticket waiting for them is open again. */
	void recordCustomerContact(Instant now) {
		contactCount++;
		if (status == TicketStatus.PENDING_CUSTOMER) {
			moveTo(TicketStatus.OPEN, now);
		}
		updatedAt = now;
	}

	void assign(Long newTeamId, Long newAssigneeId, Instant now) {
		teamId = newTeamId;
		assigneeId = newAssigneeId;
		if (status == TicketStatus.NEW && newAssigneeId != null) {
			moveTo(TicketStatus.OPEN, now);
		}
		updatedAt = now;
	}

	void reprioritise(TicketPriority newPriority, Instant now) {
		priority = newPriority;
		updatedAt = now;
	}

	void retype(TicketType newType, Instant now) {
		type = newType;
		updatedAt = now;
	}

	void recategorise(Long newCategoryId, Instant now) {
		categoryId = newCategoryId;
		updatedAt = now;
	}

	void resubject(String newSubject, Instant now) {
		subject = newSubject;
		updatedAt = now;
	}

	void restrict(boolean newRestricted, Instant now) {
		restricted = newRestricted;
		updatedAt = now;
	}

	void linkTouchpoint(Long newTouchpointId, Instant now) {
		touchpointId = newTouchpointId;
		updatedAt = now;
	}

	void retag(Collection<String> newTags, Instant now) {
		tags.clear();
		newTags.forEach(tag -> tags.add(new TicketTag(tag)));
		updatedAt = now;
	}

	void enterStep(ServiceStep newStep, Instant now) {
		step = newStep.number();
		stepStartedAt = now;
		updatedAt = now;
	}

	/** Due times as the SLA calculator computed them for the matching policy (null where no target applies). */
	void scheduleSla(Long policyId, Instant firstResponse, Instant nextResponse, Instant resolution) {
		slaPolicyId = policyId;
		firstResponseDue = firstResponse;
		nextResponseDue = nextResponse;
		resolutionDue = resolution;
	}

	public long id() {
		return id;
	}

	public long version() {
		return version == null ? 0 : version;
	}

	public String number() {
		return number;
	}

	public long customerId() {
		return customerId;
	}

	public TicketChannel channel() {
		return channel;
	}

	public TicketType type() {
		return type;
	}

	public Long categoryId() {
		return categoryId;
	}

	public TicketPriority priority() {
		return priority;
	}

	public String subject() {
		return subject;
	}

	public String description() {
		return description;
	}

	public TicketStatus status() {
		return status;
	}

	public ServiceStep step() {
		return ServiceStep.of(step);
	}

	public Instant stepStartedAt() {
		return stepStartedAt;
	}

	public Long assigneeId() {
		return assigneeId;
	}

	public Long teamId() {
		return teamId;
	}

	public boolean restricted() {
		return restricted;
	}

	public Long touchpointId() {
		return touchpointId;
	}

	public String customerTier() {
		return customerTier;
	}

	public int contactCount() {
		return contactCount;
	}

	public Boolean firstContactResolution() {
		return firstContactResolution;
	}

	public Long slaPolicyId() {
		return slaPolicyId;
	}

	public Instant firstResponseDue() {
		return firstResponseDue;
	}

	public Instant nextResponseDue() {
		return nextResponseDue;
	}

	public Instant resolutionDue() {
		return resolutionDue;
	}

	public Instant slaPausedAt() {
		return slaPausedAt;
	}

	public Long createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public Instant firstResponseAt() {
		return firstResponseAt;
	}

	public Instant resolvedAt() {
		return resolvedAt;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public Set<String> tags() {
		return tags.stream().map(TicketTag::tag).collect(Collectors.toCollection(TreeSet::new));
	}

}
