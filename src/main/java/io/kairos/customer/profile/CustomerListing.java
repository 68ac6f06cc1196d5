package io.kairos.customer.profile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kairos.customer.LifecycleStage;
import io.kairos.shared.contact.Masking;
import io.kairos.shared.contact.PhoneNumber;
import io.kairos.shared.paging.Keyset;
import io.kairos.shared.time.Timestamps;

/**
 * Reads pages of customers for lists and search, newest first: three queries per page (customers, then
 * their channels and tags). Contact data is masked here, before it leaves the query. Full phone numbers and
 * e-mail addresses match only in full, so a search box cannot be used to guess them digit by digit.
 */
@Component
class CustomerListing {

	private static final String COLUMNS = """
			select id, name, gender, birthday, province, city, mobile, email, id_number, kind, tier, stage,
			       created_at, updated_at, version, wechat_openid, notes, language,
			       organisation_id, account_manager_id
			from customer c where 1 = 1""";

	private final JdbcClient jdbc;

	private final SegmentFilters segments;

	private final AccountManagers accountManagers;

	CustomerListing(JdbcClient jdbc, SegmentFilters segments, AccountManagers accountManagers) {
		this.jdbc = jdbc;
		this.segments = segments;
		this.accountManagers = accountManagers;
	}

	Keyset.Page<CustomerView> page(CustomerFilter filter, Keyset keyset) {
		StringBuilder sql = new StringBuilder(COLUMNS);
		Map<String, Object> params = new HashMap<>();
		String query = filter.query() == null ? "" : filter.query().strip();
		if (!query.isEmpty()) {
			Optional<PhoneNumber> phone = PhoneNumber.tryParse(query);
			if (phone.isPresent()) {
				// Any of the customer's numbers finds them: the primary mobile or an additional number.
				sql.append(" and (mobile = :mobile or exists (select 1 from customer_phone p"
						+ " where p.customer = c.id and p.phone = :mobile))");
				params.put("mobile", phone.get().e164());
			}
			else if (query.contains("@")) {
				sql.append(" and email = :email");
				params.put("email", query.toLowerCase(Locale.ROOT));
			}
			else if (query.matches(TextRules.WECHAT_OPENID)) {
				// Text that could be an openid finds by name fragment or by the whole openid, exactly.
				sql.append(" and (lower(name) like :name escape '\\' or wechat_openid = :openid)");
				params.put("name", "%" + escapeLike(query.toLowerCase(Locale.ROOT)) + "%");
				params.put("openid", query);
			}
			else {
				sql.append(" and lower(name) like :name escape '\\'");
				params.put("name", "%" + escapeLike(query.toLowerCase(Locale.ROOT)) + "%");
			}
		}
		if (filter.tier() != null && !filter.tier().isBlank()) {
			sql.append(" and tier = :tier");
			params.put("tier", filter.tier().strip());
		}
		if (filter.stage() != null) {
			sql.append(" and stage = :stage");
			params.put("stage", filter.stage().name());
		}
		if (filter.tag() != null && !filter.tag().isBlank()) {
			sql.append(" and exists (select 1 from customer_tag t where t.customer = c.id and t.tag = :tag)");
			params.put("tag", filter.tag().strip());
		}
		if (filter.segment() != null) {
			// The segment's rule as SQL on customer c: fixed fragments, values bound (parameters p0, p1 ...).
			SegmentFilters.Condition members = segments.condition(filter.segment());
			sql.append(" and ").append(members.sql());
			params.putAll(members.params());
		}
		if (keyset.after() != null) {
			sql.append(" and id < :after");
			params.put("after", keyset.after());
		}
		sql.append(" order by id desc limit :limit");
		params.put("limit", keyset.fetchSize());
		List<CustomerView> rows = jdbc.sql(sql.toString()).params(params).query(CustomerListing::row).list();
		return keyset.page(withChannelsAndTags(rows), CustomerView::id);
	}

	/**
	 * At most {@code limit} customers for a search box as it is typed: by the full mobile number in any typed
	 * form, else by a fragment of the name, names beginning with it first, then newest first. Masked.
	 */
	List<CustomerSuggestion> suggest(String query, int limit) {
		String text = query == null ? "" : query.strip();
		if (text.isEmpty()) {
			return List.of();
		}
		Optional<PhoneNumber> phone = PhoneNumber.tryParse(text);
		Map<String, Object> params = new HashMap<>();
		params.put("limit", limit);
		String sql;
		if (phone.isPresent()) {
			sql = """
					select id, name, mobile, tier from customer c where mobile = :mobile
					or exists (select 1 from customer_phone p where p.customer = c.id and p.phone = :mobile)
					order by id desc limit :limit""";
			params.put("mobile", phone.get().e164());
		}
		else {
			String name = escapeLike(text.toLowerCase(Locale.ROOT));
			sql = """
					select id, name, mobile, tier from customer where lower(name) like :fragment escape '\\'
					order by case when lower(name) like :prefix escape '\\' then 0 else 1 end, id desc limit :limit""";
			params.put("fragment", "%" + name + "%");
			params.put("prefix", name + "%");
		}
		return jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new CustomerSuggestion(rs.getLong("id"), rs.getString("name"),
					Masking.phone(rs.getString("mobile")), rs.getString("tier")))
			.list();
	}

	/** The members of an organisation, masked, newest first, at most {@code limit}. */
	List<CustomerSuggestion> members(long organisation, int limit) {
		return jdbc.sql("select id, name, mobile, tier from customer where organisation_id = :organisation "
				+ "order by id desc limit :limit")
			.param("organisation", organisation)
			.param("limit", limit)
			.query((rs, n) -> new CustomerSuggestion(rs.getLong("id"), rs.getString("name"),
					Masking.phone(rs.getString("mobile")), rs.getString("tier")))
			.list();
	}

	/** Whether any customer belongs to the organisation. */
	boolean hasMembers(long organisation) {
		return jdbc.sql("select count(*) from customer where organisation_id = :organisation")
			.param("organisation", organisation)
			.query(Long.class)
			.single() > 0;
	}

	private List<CustomerView> withChannelsAndTags(List<CustomerView> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		List<Long> ids = rows.stream().map(CustomerView::id).toList();
		Map<Long, List<Channel>> channels = new HashMap<>();
		jdbc.sql("select customer, channel from customer_channel where customer in (:ids) order by customer, position")
			.param("ids", ids)
			.query((rs, n) -> channels.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(Channel.valueOf(rs.getString(2))))
			.list();
		Map<Long, List<String>> tags = new HashMap<>();
		jdbc.sql("select customer, tag from customer_tag where customer in (:ids) order by customer, tag")
			.param("ids", ids)
			.query((rs, n) -> tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		Map<Long, List<Phone>> phones = new HashMap<>();
		jdbc.sql("select customer, kind, phone from customer_phone where customer in (:ids) order by customer, position")
			.param("ids", ids)
			.query((rs, n) -> phones.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new Phone(PhoneKind.valueOf(rs.getString(2)), Masking.phone(rs.getString(3)))))
			.list();
		Map<Long, AccountManager> managers = accountManagers
			.of(rows.stream().map(row -> row.accountManager() == null ? null : row.accountManager().id()).toList());
		return rows.stream()
			.map(row -> new CustomerView(row.id(), row.name(), row.gender(), row.birthday(), row.province(),
					row.city(), row.mobile(), row.email(), row.idNumber(), row.kind(), row.tier(), row.stage(),
					List.copyOf(channels.getOrDefault(row.id(), List.of())),
					List.copyOf(tags.getOrDefault(row.id(), List.of())), row.createdAt(), row.updatedAt(),
					row.version(), row.wechatOpenid(), row.notes(), row.language(), row.organisationId(),
					row.accountManager() == null ? null : managers.get(row.accountManager().id()),
					List.copyOf(phones.getOrDefault(row.id(), List.of()))))
			.toList();
	}

	private static CustomerView row(ResultSet rs, int n) throws SQLException {
		return new CustomerView(rs.getLong("id"), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
				rs.getObject("birthday", LocalDate.class), rs.getString("province"), rs.getString("city"),
				Masking.phone(rs.getString("mobile")), Masking.email(rs.getString("email")),
				Masking.idNumber(rs.getString("id_number")), CustomerKind.valueOf(rs.getString("kind")),
				rs.getString("tier"), LifecycleStage.valueOf(rs.getString("stage")), List.of(), List.of(),
				Timestamps.instant(rs.getObject("created_at", OffsetDateTime.class)),
				Timestamps.instant(rs.getObject("updated_at", OffsetDateTime.class)), rs.getLong("version"),
				Masking.idNumber(rs.getString("wechat_openid")), rs.getString("notes"), rs.getString("language"),
				rs.getObject("organisation_id", Long.class), accountManagerId(rs), List.of());
	}

	/** The id alone; the display name is looked up for the page at once. */
	private static AccountManager accountManagerId(ResultSet rs) throws SQLException {
		Long id = rs.getObject("account_manager_id", Long.class);
		return id == null ? null : new AccountManager(id, null);
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
