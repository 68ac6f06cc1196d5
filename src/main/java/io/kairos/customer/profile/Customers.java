package io.kairos.customer.profile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.CustomerId;
import io.kairos.customer.CustomerStageChanged;
import io.kairos.customer.LifecycleStage;
import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.contact.InvalidPhoneNumber;
import io.kairos.shared.contact.Masking;
import io.kairos.shared.contact.PhoneNumber;
import io.kairos.shared.paging.Keyset;

/**
 * The use cases around customers: add, change, find, list and reveal contact data. Every change and every
 * reveal writes an audit row in the same transaction; audit rows name fields, never their values.
 */
@Service
public class Customers {

	static final int MAX_TAGS = 20;

	static final int MAX_TAG_LENGTH = 32;

	private final CustomerRepository customers;

	private final CustomerListing listing;

	private final AuditLog audit;

	private final Clock clock;

	private final ZoneId zone;

	private final ApplicationEventPublisher events;

	private final AccountManagers accountManagers;

	Customers(CustomerRepository customers, CustomerListing listing, AuditLog audit, Clock clock,
			@Value("${kairos.default-time-zone:Asia/Shanghai}") String zone, ApplicationEventPublisher events,
			AccountManagers accountManagers) {
		this.accountManagers = accountManagers;
		this.customers = customers;
		this.listing = listing;
		this.audit = audit;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
		this.events = events;
	}

	@Transactional
	public CustomerView create(NewCustomer command) {
		Checked checked = check(command);
		PhoneNumber mobile = checked.mobile();
		Instant now = clock.instant();
		Customer customer = Customer.register(command.name().strip(), mobile,
				Objects.requireNonNullElse(command.kind(), CustomerKind.PERSON),
				Objects.requireNonNullElse(command.stage(), LifecycleStage.AWARE), now);
		customer.recordGender(Objects.requireNonNullElse(command.gender(), Gender.UNDISCLOSED));
		customer.recordBirthday(checked.birthday());
		customer.relocate(blankToNull(command.province()), blankToNull(command.city()));
		customer.changeEmail(email(command.email()));
		customer.changeIdNumber(idNumber(command.idNumber()));
		customer.changeWechatOpenid(blankToNull(command.wechatOpenid()));
		customer.annotate(notes(command.notes()));
		customer.speak(blankToNull(command.language()));
		customer.preferChannels(checked.channels());
		customer.retag(checked.tags());
		customer.assignAccountManager(checked.accountManager());
		customer.changePhones(kinds(command.phones()), checked.phones());
		customer.joinOrganisation(checked.organisation());
		Customer saved = save(customer, mobile);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("kind", saved.kind().name());
		detail.put("stage", saved.stage().name());
		if (saved.accountManagerId() != null) {
			detail.put("accountManagerTo", saved.accountManagerId());
		}
		audit.record("customer.created", "customer", saved.id(), detail);
		events.publishEvent(new CustomerStageChanged(new CustomerId(saved.id()), null, saved.stage(), now));
		return view(saved);
	}

	/**
	 * Applies the rules of {@link #create} that the command's annotations do not express (mobile number, birthday,
	 * channels, tags, a number already taken) and stores nothing: throws the {@link ProblemException} that
	 * {@code create} would throw. Deliberately not transactional, so a refusal never marks a caller's transaction
	 * for rollback (the import validates every row before it creates any).
	 */
	public void validate(NewCustomer command) {
		check(command);
	}

	private Checked check(NewCustomer command) {
		PhoneNumber mobile = mobile(command.mobile());
		LocalDate birthday = Birthdays.parse("birthday", command.birthday(), today());
		List<Channel> channels = channels(command.preferredChannels());
		List<PhoneNumber> phones = AdditionalPhones.check(command.phones(), mobile, List.of());
		refuseTaken(mobile, null);
		refusePhonesTaken(phones, null);
		refuseOpenidTaken(blankToNull(command.wechatOpenid()), null);
		Long accountManager = accountManagers.assignable(command.accountManagerId());
		Long organisation = command.organisationId() == null ? null
				: organisation(command.organisationId(), Objects.requireNonNullElse(command.kind(), CustomerKind.PERSON),
						null);
		return new Checked(mobile, birthday, channels, tags(command.tags()), accountManager, phones, organisation);
	}

	private record Checked(PhoneNumber mobile, LocalDate birthday, List<Channel> channels, Set<String> tags,
			Long accountManager, List<PhoneNumber> phones, Long organisation) {
	}

	@Transactional
	public CustomerView update(long id, long expectedVersion, CustomerChanges changes) {
		Customer customer = load(id);
		refuseErased(customer);
		if (customer.version() != expectedVersion) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		LifecycleStage stageBefore = customer.stage();
		List<String> changed = new ArrayList<>();
		Map<String, Object> detail = new LinkedHashMap<>();
		if (changes.name() != null && !changes.name().strip().equals(customer.name())) {
			customer.rename(changes.name().strip());
			changed.add("name");
		}
		if (changes.gender() != null && changes.gender() != customer.gender()) {
			customer.recordGender(changes.gender());
			changed.add("gender");
		}
		if (changes.birthday() != null) {
			LocalDate birthday = Birthdays.parse("birthday", changes.birthday(), today());
			if (!Objects.equals(birthday, customer.birthday())) {
				customer.recordBirthday(birthday);
				changed.add("birthday");
			}
		}
		if (changes.province() != null || changes.city() != null) {
			String province = changes.province() == null ? customer.province() : blankToNull(changes.province());
			String city = changes.city() == null ? customer.city() : blankToNull(changes.city());
			if (!Objects.equals(province, customer.province()) || !Objects.equals(city, customer.city())) {
				customer.relocate(province, city);
				changed.add("region");
			}
		}
		PhoneNumber mobile = null;
		if (changes.mobile() != null) {
			mobile = mobile(changes.mobile());
			if (!mobile.equals(customer.mobile())) {
				refuseTaken(mobile, id);
				customer.changeMobile(mobile);
				changed.add("mobile");
			}
		}
		if (changes.phones() != null) {
			List<PhoneNumber> phones = AdditionalPhones.check(changes.phones(), customer.mobile(), customer.phoneNumbers());
			List<PhoneKind> kinds = kinds(changes.phones());
			if (!phones.equals(customer.phoneNumbers())
					|| !kinds.equals(customer.phones().stream().map(Phone::kind).toList())) {
				refusePhonesTaken(phones, id);
				customer.changePhones(kinds, phones);
				changed.add("phones");
			}
		}
		else if (mobile != null && customer.phoneNumbers().contains(mobile)) {
			throw ProblemException.invalid("mobile", "validation.phones.primary");
		}
		if (changes.email() != null && !Objects.equals(email(changes.email()), customer.email())) {
			customer.changeEmail(email(changes.email()));
			changed.add("email");
		}
		if (changes.idNumber() != null && !Objects.equals(idNumber(changes.idNumber()), customer.idNumber())) {
			customer.changeIdNumber(idNumber(changes.idNumber()));
			changed.add("idNumber");
		}
		if (changes.wechatOpenid() != null
				&& !Objects.equals(blankToNull(changes.wechatOpenid()), customer.wechatOpenid())) {
			refuseOpenidTaken(blankToNull(changes.wechatOpenid()), id);
			customer.changeWechatOpenid(blankToNull(changes.wechatOpenid()));
			changed.add("wechatOpenid");
		}
		if (changes.notes() != null && !Objects.equals(notes(changes.notes()), customer.notes())) {
			customer.annotate(notes(changes.notes()));
			changed.add("notes");
		}
		if (changes.language() != null && !Objects.equals(blankToNull(changes.language()), customer.language())) {
			customer.speak(blankToNull(changes.language()));
			changed.add("language");
		}
		if (changes.kind() != null && changes.kind() != customer.kind()) {
			if (changes.kind() == CustomerKind.PERSON && listing.hasMembers(id)) {
				throw ProblemException.invalid("kind", "validation.organisation.has-members");
			}
			customer.reclassify(changes.kind());
			changed.add("kind");
		}
		if (changes.organisationId() != null) {
			Long organisation = organisation(changes.organisationId().id(), customer.kind(), customer.id());
			if (!Objects.equals(organisation, customer.organisationId())) {
				customer.joinOrganisation(organisation);
				changed.add("organisationId");
			}
		}
		else if (customer.organisationId() != null && customer.kind() == CustomerKind.ORGANISATION) {
			throw ProblemException.invalid("organisationId", "validation.organisation.person-only");
		}
		if (changes.accountManagerId() != null) {
			Long accountManager = accountManagers.assignable(changes.accountManagerId().id());
			if (!Objects.equals(accountManager, customer.accountManagerId())) {
				// Staff ids, not personal data: the audit row says who handed the customer to whom.
				detail.put("accountManagerFrom", customer.accountManagerId());
				detail.put("accountManagerTo", accountManager);
				customer.assignAccountManager(accountManager);
				changed.add("accountManagerId");
			}
		}
		if (changes.stage() != null && changes.stage() != customer.stage()) {
			detail.put("stageFrom", customer.stage().name());
			detail.put("stageTo", changes.stage().name());
			customer.moveTo(changes.stage());
			changed.add("stage");
		}
		if (changes.preferredChannels() != null) {
			List<Channel> channels = channels(changes.preferredChannels());
			if (!channels.equals(customer.channels())) {
				customer.preferChannels(channels);
				changed.add("preferredChannels");
			}
		}
		if (changes.tags() != null) {
			Set<String> tags = tags(changes.tags());
			if (!tags.equals(new LinkedHashSet<>(customer.tags()))) {
				customer.retag(tags);
				changed.add("tags");
			}
		}
		if (changed.isEmpty()) {
			return view(customer);
		}
		customer.touched(clock.instant());
		Customer saved = save(customer, mobile);
		detail.put("fields", changed);
		audit.record("customer.updated", "customer", id, detail);
		if (saved.stage() != stageBefore) {
			events.publishEvent(new CustomerStageChanged(new CustomerId(id), stageBefore, saved.stage(), saved.updatedAt()));
		}
		return view(saved);
	}

	/**
	 * The organisation a change names: 0 (or JSON null) for none; otherwise an existing customer of
	 * kind ORGANISATION other than the customer (anything else is
	 * a 400 naming {@code organisationId}), and only a person may belong to one.
	 */
	private Long organisation(long organisation, CustomerKind kind, Long self) {
		if (organisation == 0) {
			return null;
		}
		if (kind != CustomerKind.PERSON) {
			throw ProblemException.invalid("organisationId", "validation.organisation.person-only");
		}
		boolean isOrganisation = !Long.valueOf(organisation).equals(self) && customers.findById(organisation)
			.filter(candidate -> candidate.kind() == CustomerKind.ORGANISATION)
			.isPresent();
		if (!isOrganisation) {
			throw ProblemException.invalid("organisationId", "validation.organisation.unknown");
		}
		return organisation;
	}

	/** The members of an organisation, masked, newest first (at most {@value #MAX_MEMBERS}); none for a person. */
	@Transactional(readOnly = true)
	public List<CustomerSuggestion> members(long id) {
		Customer customer = load(id);
		return customer.kind() == CustomerKind.ORGANISATION ? listing.members(id, MAX_MEMBERS) : List.of();
	}

	/** The organisation a person belongs to, masked like a suggestion, if any. */
	@Transactional(readOnly = true)
	public Optional<CustomerSuggestion> organisationOf(CustomerView customer) {
		if (customer.organisationId() == null) {
			return Optional.empty();
		}
		return customers.findById(customer.organisationId())
			.map(org -> new CustomerSuggestion(org.id(), org.name(), org.mobile().masked(), org.tier()));
	}

	static final int MAX_MEMBERS = 200;

	@Transactional(readOnly = true)
	public CustomerView find(long id) {
		return view(load(id));
	}

	private CustomerView view(Customer customer) {
		return CustomerView.of(customer, accountManagers.of(customer.accountManagerId()));
	}

	/** The contact data in full, for a permitted role; writes who saw which fields of whom (never the values). */
	@Transactional
	@PreAuthorize("hasAuthority('customer.pii.reveal')")
	public RevealedContact reveal(long id) {
		Customer customer = load(id);
		refuseErased(customer);
		List<String> fields = new ArrayList<>(List.of("mobile"));
		if (customer.email() != null) {
			fields.add("email");
		}
		if (customer.idNumber() != null) {
			fields.add("idNumber");
		}
		if (customer.wechatOpenid() != null) {
			fields.add("wechatOpenid");
		}
		if (!customer.phones().isEmpty()) {
			fields.add("phones");
		}
		audit.record("customer.pii.revealed", "customer", id, Map.of("fields", fields));
		return new RevealedContact(id, customer.mobile().e164(), customer.email(), customer.idNumber(),
				customer.wechatOpenid(), customer.phones());
	}

	@Transactional(readOnly = true)
	public Keyset.Page<CustomerView> page(CustomerFilter filter, Keyset keyset) {
		return listing.page(filter, keyset);
	}

	/** Autocomplete: at most {@value #SUGGESTIONS} masked customers by name fragment or full mobile number. */
	@Transactional(readOnly = true)
	public List<CustomerSuggestion> suggest(String query) {
		if (query != null && query.strip().length() > MAX_SUGGEST_QUERY) {
			throw ProblemException.invalid("q", "problem.customer.autocomplete.length", MAX_SUGGEST_QUERY);
		}
		return listing.suggest(query, SUGGESTIONS);
	}

	static final int SUGGESTIONS = 10;

	static final int MAX_SUGGEST_QUERY = 50;

	private Customer load(long id) {
		return customers.findById(id).orElseThrow(() -> ProblemException.notFound("problem.customer.not-found"));
	}

	/** An erased customer's data is gone: there is nothing to reveal, and a change would bring it back. */
	private static void refuseErased(Customer customer) {
		if (customer.erased()) {
			throw ProblemException.conflict("problem.customer.erased");
		}
	}

	/**
	 * A primary mobile belongs to one customer, and is no other customer's additional number either (that customer's
	 * number would then be someone else's primary mobile).
	 */
	private void refuseTaken(PhoneNumber mobile, Long self) {
		customers.findIdByMobile(mobile.e164())
			.or(() -> customers.findIdsByAdditionalPhone(mobile.e164()).stream().filter(owner -> !owner.equals(self))
				.findFirst())
			.filter(owner -> !owner.equals(self))
			.ifPresent(owner -> {
				throw new ProblemException(HttpStatus.CONFLICT, "problem.customer.mobile-taken", "mobile", owner.toString(),
						mobile.masked());
			});
	}

	/** An additional number may not be another customer's primary mobile: 409 naming the owner, the number masked. */
	private void refusePhonesTaken(List<PhoneNumber> phones, Long self) {
		for (int i = 0; i < phones.size(); i++) {
			PhoneNumber phone = phones.get(i);
			String place = AdditionalPhones.FIELD + "[" + i + "].number";
			customers.findIdByMobile(phone.e164())
				.filter(owner -> !owner.equals(self))
				.ifPresent(owner -> {
					throw new ProblemException(HttpStatus.CONFLICT, "problem.customer.mobile-taken", place,
							owner.toString(), phone.masked());
				});
		}
	}

	private static List<PhoneKind> kinds(List<Phone> phones) {
		return phones == null ? List.of() : phones.stream().map(Phone::kind).toList();
	}

	/** A WeChat openid names one customer; the problem names the owner, the openid masked. */
	private void refuseOpenidTaken(String openid, Long self) {
		if (openid == null) {
			return;
		}
		customers.findIdByWechatOpenid(openid)
			.filter(owner -> !owner.equals(self))
			.ifPresent(owner -> {
				throw new ProblemException(HttpStatus.CONFLICT, "problem.customer.wechat-openid-taken", "wechatOpenid",
						owner.toString(), Masking.idNumber(openid));
			});
	}

	/** Saves; a number taken by a concurrent request between the check and the insert is still a 409. */
	private Customer save(Customer customer, PhoneNumber mobile) {
		try {
			return customers.save(customer);
		}
		catch (DuplicateKeyException taken) {
			if (String.valueOf(taken.getMessage()).toLowerCase(Locale.ROOT).contains("openid")) {
				throw new ProblemException(HttpStatus.CONFLICT, "problem.customer.wechat-openid-in-use", "wechatOpenid");
			}
			throw new ProblemException(HttpStatus.CONFLICT, "problem.customer.mobile-in-use", "mobile",
					mobile == null ? customer.mobile().masked() : mobile.masked());
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	private static PhoneNumber mobile(String typed) {
		try {
			PhoneNumber mobile = PhoneNumber.parse(typed);
			if (!mobile.isMobile()) {
				throw new InvalidPhoneNumber(InvalidPhoneNumber.Reason.NOT_MOBILE);
			}
			return mobile;
		}
		catch (InvalidPhoneNumber invalid) {
			throw ProblemException.invalid("mobile", invalid.messageKey());
		}
	}

	private static List<Channel> channels(List<Channel> ranked) {
		if (ranked == null) {
			return List.of();
		}
		if (ranked.stream().anyMatch(Objects::isNull)) {
			throw ProblemException.invalid("preferredChannels", "validation.required");
		}
		if (Set.copyOf(ranked).size() != ranked.size()) {
			throw ProblemException.invalid("preferredChannels", "validation.channels.duplicate");
		}
		return List.copyOf(ranked);
	}

	private static Set<String> tags(List<String> tags) {
		Set<String> result = new LinkedHashSet<>();
		if (tags != null) {
			tags.stream().map(String::strip).filter(tag -> !tag.isEmpty()).forEach(result::add);
		}
		if (result.size() > MAX_TAGS) {
			throw ProblemException.invalid("tags", "validation.tags.too-many", MAX_TAGS);
		}
		if (result.stream().anyMatch(tag -> tag.length() > MAX_TAG_LENGTH)) {
			throw ProblemException.invalid("tags", "validation.tags.too-long", MAX_TAG_LENGTH);
		}
		return result;
	}

	private static String email(String email) {
		String value = blankToNull(email);
		return value == null ? null : value.toLowerCase(Locale.ROOT);
	}

	private static String idNumber(String idNumber) {
		String value = blankToNull(idNumber);
		return value == null ? null : value.toUpperCase(Locale.ROOT);
	}

	/** Notes keep their inner line breaks and spacing; only surrounding blank space goes. */
	private static String notes(String notes) {
		return notes == null || notes.isBlank() ? null : notes.strip();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
