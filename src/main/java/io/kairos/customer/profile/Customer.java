package io.kairos.customer.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import io.kairos.customer.LifecycleStage;
import io.kairos.shared.contact.PhoneNumber;

/**
 * A customer of the company. Contact data is held in full (mobile in E.164, e-mail lower-cased) and only
 * ever leaves the module masked, except through an audited reveal. No public setters.
 */
@Table("customer")
class Customer {

	/** The tier every customer starts in until tier rules exist. */
	static final String DEFAULT_TIER = "REGULAR";

	@Id
	private final Long id;

	@Version
	private final Integer version;

	private String name;

	private Gender gender;

	private LocalDate birthday;

	private String province;

	private String city;

	private String mobile;

	private String email;

	private String idNumber;

	private CustomerKind kind;

	private final String tier;

	private LifecycleStage stage;

	private final Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "customer", keyColumn = "position")
	private List<PreferredChannel> channels;

	@MappedCollection(idColumn = "customer")
	private Set<CustomerTag> tags;

	/**
	 * When the personal data was anonymised (erasure); {@code null} while it is held. A constructor parameter,
	 * like every column: saving with a new version copies the aggregate through this constructor.
	 */
	private Instant erasedAt;

	private String wechatOpenid;

	private String notes;

	private String language;

	/** The organisation (a customer of kind ORGANISATION) a person belongs to, or {@code null}. */
	private Long organisationId;

	/** The staff user (identity module) who looks after the customer, or {@code null}. */
	private Long accountManagerId;

	/** Phone numbers besides the primary mobile, in E.164, in the order given. */
	@MappedCollection(idColumn = "customer", keyColumn = "position")
	private List<CustomerPhone> phones;

	@PersistenceCreator
	Customer(Long id, Integer version, String name, Gender gender, LocalDate birthday, String province, String city,
			String mobile, String email, String idNumber, CustomerKind kind, String tier, LifecycleStage stage,
			Instant createdAt, Instant updatedAt, List<PreferredChannel> channels, Set<CustomerTag> tags,
			Instant erasedAt, String wechatOpenid, String notes, String language, Long organisationId,
			Long accountManagerId, List<CustomerPhone> phones) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.gender = gender;
		this.birthday = birthday;
		this.province = province;
		this.city = city;
		this.mobile = mobile;
		this.email = email;
		this.idNumber = idNumber;
		this.kind = kind;
		this.tier = tier;
		this.stage = stage;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.channels = channels;
		this.tags = tags;
		this.erasedAt = erasedAt;
		this.wechatOpenid = wechatOpenid;
		this.notes = notes;
		this.language = language;
		this.organisationId = organisationId;
		this.accountManagerId = accountManagerId;
		this.phones = phones == null ? List.of() : phones;
	}

	static Customer register(String name, PhoneNumber mobile, CustomerKind kind, LifecycleStage stage, Instant now) {
		return new Customer(null, null, name, Gender.UNDISCLOSED, null, null, null, mobile.e164(), null, null, kind,
				DEFAULT_TIER, stage, now, now, List.of(), Set.of(), null, null, null, null, null, null, List.of());
	}

	void rename(String newName) {
		this.name = newName;
	}

	void recordGender(Gender newGender) {
		this.gender = newGender;
	}

	void recordBirthday(LocalDate newBirthday) {
		this.birthday = newBirthday;
	}

	void relocate(String newProvince, String newCity) {
		this.province = newProvince;
		this.city = newCity;
	}

	void changeMobile(PhoneNumber newMobile) {
		this.mobile = newMobile.e164();
	}

	void changeEmail(String newEmail) {
		this.email = newEmail;
	}

	void changeIdNumber(String newIdNumber) {
		this.idNumber = newIdNumber;
	}

	void changeWechatOpenid(String newOpenid) {
		this.wechatOpenid = newOpenid;
	}

	void annotate(String newNotes) {
		this.notes = newNotes;
	}

	void speak(String newLanguage) {
		this.language = newLanguage;
	}

	void joinOrganisation(Long organisation) {
		this.organisationId = organisation;
	}

	/** Replaces the additional numbers; kinds and numbers pair up by position. */
	void changePhones(List<PhoneKind> kinds, List<PhoneNumber> numbers) {
		List<CustomerPhone> changed = new java.util.ArrayList<>();
		for (int i = 0; i < numbers.size(); i++) {
			changed.add(new CustomerPhone(kinds.get(i), numbers.get(i).e164()));
		}
		this.phones = changed;
	}

	void assignAccountManager(Long staffId) {
		this.accountManagerId = staffId;
	}

	void reclassify(CustomerKind newKind) {
		this.kind = newKind;
	}

	void moveTo(LifecycleStage newStage) {
		this.stage = newStage;
	}

	void preferChannels(List<Channel> ranked) {
		this.channels = ranked.stream().map(PreferredChannel::new).toList();
	}

	void retag(Collection<String> newTags) {
		this.tags = newTags.stream().map(CustomerTag::new).collect(Collectors.toSet());
	}

	/**
	 * Anonymises the customer for good: a pseudonym for the name, a placeholder that is no one's number for
	 * the mobile, no additional numbers, e-mail, identity number, WeChat openid or notes, a birthday that tells only the age band, and only the region
	 * and tags many others share. Gender, kind, tier, stage, preferred channels and dates stay, so statistics
	 * and segment counts over customers are unchanged.
	 */
	void erase(String pseudonym, PhoneNumber placeholder, LocalDate birthdayInBand, String sharedProvince,
			String sharedCity, Set<String> sharedTags, Instant now) {
		this.name = pseudonym;
		this.mobile = placeholder.e164();
		this.email = null;
		this.idNumber = null;
		this.wechatOpenid = null;
		this.notes = null;
		this.phones = List.of();
		this.birthday = birthdayInBand;
		this.province = sharedProvince;
		this.city = sharedCity;
		this.tags = sharedTags.stream().map(CustomerTag::new).collect(Collectors.toSet());
		this.erasedAt = now;
		this.updatedAt = now;
	}

	boolean erased() {
		return erasedAt != null;
	}

	Instant erasedAt() {
		return erasedAt;
	}

	void touched(Instant now) {
		this.updatedAt = now;
	}

	Long id() {
		return id;
	}

	int version() {
		return version == null ? 0 : version;
	}

	String name() {
		return name;
	}

	Gender gender() {
		return gender;
	}

	LocalDate birthday() {
		return birthday;
	}

	String province() {
		return province;
	}

	String city() {
		return city;
	}

	PhoneNumber mobile() {
		return new PhoneNumber(mobile);
	}

	String email() {
		return email;
	}

	String idNumber() {
		return idNumber;
	}

	String wechatOpenid() {
		return wechatOpenid;
	}

	String notes() {
		return notes;
	}

	String language() {
		return language;
	}

	Long organisationId() {
		return organisationId;
	}

	List<Phone> phones() {
		return phones.stream().map(phone -> new Phone(phone.kind(), phone.phone())).toList();
	}

	List<PhoneNumber> phoneNumbers() {
		return phones.stream().map(phone -> new PhoneNumber(phone.phone())).toList();
	}

	Long accountManagerId() {
		return accountManagerId;
	}

	CustomerKind kind() {
		return kind;
	}

	String tier() {
		return tier;
	}

	LifecycleStage stage() {
		return stage;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	List<Channel> channels() {
		return channels.stream().map(PreferredChannel::channel).toList();
	}

	List<String> tags() {
		return tags.stream().map(CustomerTag::tag).sorted().toList();
	}

}
