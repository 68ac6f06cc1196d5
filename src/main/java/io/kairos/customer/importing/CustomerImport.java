package io.kairos.customer.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.LifecycleStage;
import io.kairos.customer.profile.Channel;
import io.kairos.customer.profile.CustomerKind;
import io.kairos.customer.profile.Customers;
import io.kairos.customer.profile.Gender;
import io.kairos.customer.profile.NewCustomer;
import io.kairos.identity.AuditLog;
import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.api.Problems;
import io.kairos.shared.contact.PhoneNumber;

/**
 * Imports customers from a CSV file, all or nothing. Every row passes the rules of adding one customer (the
 * command's annotations and {@link Customers#validate}) and no two rows share a mobile number; only when every row
 * passes, and it is no dry run, are they all added, in one transaction, with one audit row for the import.
 */
@Service
class CustomerImport {

	/** Several values in one cell: {@code 微信|短信} or {@code 微信、短信}. */
	private static final Pattern LIST = Pattern.compile("[|、]");

	private final Customers customers;

	private final Validator validator;

	private final Problems problems;

	private final AuditLog audit;

	private final Choices<Gender> genders;

	private final Choices<CustomerKind> kinds;

	private final Choices<LifecycleStage> stages;

	private final Choices<Channel> channels;

	private final StaffDirectory staff;

	CustomerImport(Customers customers, Validator validator, Problems problems, AuditLog audit,
			MessageSource messages, StaffDirectory staff) {
		this.staff = staff;
		this.customers = customers;
		this.validator = validator;
		this.problems = problems;
		this.audit = audit;
		this.genders = new Choices<>(Gender.class, Gender::messageKey, messages, Map.of("未知", Gender.UNDISCLOSED));
		this.kinds = new Choices<>(CustomerKind.class, CustomerKind::messageKey, messages, Map.of());
		this.stages = new Choices<>(LifecycleStage.class, LifecycleStage::messageKey, messages, Map.of());
		this.channels = new Choices<>(Channel.class, Channel::messageKey, messages, Map.of());
	}

	@Transactional
	@PreAuthorize("hasAuthority('customer.import')")
	public ImportReport run(byte[] csv, String charset, boolean dryRun) {
		CsvFile file = CsvFile.read(csv, charset, CsvColumns.CUSTOMERS);
		RowErrors errors = new RowErrors(problems);
		List<NewCustomer> valid = new ArrayList<>();
		Map<String, Integer> rowByMobile = new HashMap<>();
		for (CsvFile.Row row : file.rows()) {
			NewCustomer command = command(row, errors);
			if (command != null && passes(row.number(), command, errors)) {
				String mobile = PhoneNumber.parse(command.mobile()).e164();
				Integer first = rowByMobile.putIfAbsent(mobile, row.number());
				if (first != null) {
					errors.add(row.number(), "mobile", "problem.import.duplicate-in-file", first);
				}
				else {
					valid.add(command);
				}
			}
		}
		int rows = file.rows().size();
		List<ImportReport.RowError> report = errors.sorted();
		if (!report.isEmpty() || dryRun) {
			return new ImportReport(dryRun, rows, valid.size(), 0, report);
		}
		valid.forEach(customers::create);
		audit.record("customer.imported", "customer", null, Map.of("count", valid.size()));
		return new ImportReport(false, rows, valid.size(), valid.size(), report);
	}

	private boolean passes(int row, NewCustomer command, RowErrors errors) {
		Set<ConstraintViolation<NewCustomer>> violations = validator.validate(command);
		violations.forEach(violation -> errors.add(row, violation));
		if (!violations.isEmpty()) {
			return false;
		}
		try {
			customers.validate(command);
			return true;
		}
		catch (ProblemException refused) {
			errors.add(row, "organisationId".equals(refused.field()) ? new ProblemException(refused.status(),
					refused.messageKey(), "organisation", refused.arguments()) : refused);
			return false;
		}
	}

	/** The row as the command to add a customer, or null when a choice column holds an unknown value. */
	private NewCustomer command(CsvFile.Row row, RowErrors errors) {
		boolean[] ok = { true };
		Gender gender = choice(row, "gender", genders, errors, ok);
		CustomerKind kind = choice(row, "kind", kinds, errors, ok);
		LifecycleStage stage = choice(row, "stage", stages, errors, ok);
		List<Channel> ranked = null;
		if (row.get("preferredChannels") != null) {
			ranked = new ArrayList<>();
			for (String text : split(row.get("preferredChannels"))) {
				Optional<Channel> channel = channels.parse(text);
				if (channel.isEmpty()) {
					errors.add(row.number(), "preferredChannels", "problem.import.choice", text, channels.codes());
					ok[0] = false;
				}
				channel.ifPresent(ranked::add);
			}
		}
		List<String> tags = row.get("tags") == null ? null : split(row.get("tags"));
		String language = language(row, errors, ok);
		Long organisation = organisation(row, errors, ok);
		Long accountManager = accountManager(row, errors, ok);
		if (!ok[0]) {
			return null;
		}
		return new NewCustomer(row.get("name"), gender, row.get("birthday"), row.get("province"), row.get("city"),
				row.get("mobile"), row.get("email"), row.get("idNumber"), kind, stage, ranked, tags, row.get("wechatOpenid"),
				row.get("notes"), language, accountManager, organisation, null);
	}

	/** {@code zh-CN} or {@code en}, in any case, or their names ({@code 中文}, {@code 英文}, {@code Chinese}, {@code English}). */
	private static String language(CsvFile.Row row, RowErrors errors, boolean[] ok) {
		String text = row.get("language");
		if (text == null) {
			return null;
		}
		String language = LANGUAGES.get(text.strip().toLowerCase(java.util.Locale.ROOT));
		if (language == null) {
			errors.add(row.number(), "language", "problem.import.choice", text, "zh-CN, en");
			ok[0] = false;
		}
		return language;
	}

	private static final Map<String, String> LANGUAGES = Map.of("zh-cn", "zh-CN", "zh", "zh-CN", "中文", "zh-CN",
			"chinese", "zh-CN", "en", "en", "英文", "en", "english", "en");

	/** The organisation by its customer number; the service checks it is one. */
	private static Long organisation(CsvFile.Row row, RowErrors errors, boolean[] ok) {
		String text = row.get("organisation");
		if (text == null) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			errors.add(row.number(), "organisation", "validation.organisation.unknown");
			ok[0] = false;
			return null;
		}
	}

	/** The account manager by username: an existing, enabled member of staff. */
	private Long accountManager(CsvFile.Row row, RowErrors errors, boolean[] ok) {
		String username = row.get("accountManager");
		if (username == null) {
			return null;
		}
		Optional<StaffMember> member = staff.findByUsername(username.strip()).filter(StaffMember::enabled);
		if (member.isEmpty()) {
			errors.add(row.number(), "accountManager", "validation.account-manager.unknown");
			ok[0] = false;
		}
		return member.map(StaffMember::id).orElse(null);
	}

	private static <E extends Enum<E>> E choice(CsvFile.Row row, String field, Choices<E> choices, RowErrors errors,
			boolean[] ok) {
		String text = row.get(field);
		if (text == null) {
			return null;
		}
		Optional<E> value = choices.parse(text);
		if (value.isEmpty()) {
			errors.add(row.number(), field, "problem.import.choice", text, choices.codes());
			ok[0] = false;
		}
		return value.orElse(null);
	}

	private static List<String> split(String cell) {
		return Arrays.stream(LIST.split(cell)).map(String::strip).filter(part -> !part.isEmpty()).toList();
	}

}
