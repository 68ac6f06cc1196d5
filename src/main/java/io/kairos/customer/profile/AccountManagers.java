package io.kairos.customer.profile;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;
import io.kairos.shared.api.ProblemException;

/**
 * Account managers (SPEC §1: high tiers have one): the staff user a customer is assigned to, looked up through the
 * identity module's {@link StaffDirectory}. Only an existing, enabled member of staff can be assigned.
 */
@Component
class AccountManagers {

	static final String FIELD = "accountManagerId";

	private final StaffDirectory staff;

	AccountManagers(StaffDirectory staff) {
		this.staff = staff;
	}

	/** The staff id to store for a named id: {@code null} for none (null or 0); 400 naming the field otherwise. */
	Long assignable(Long staffId) {
		if (staffId == null || staffId == 0) {
			return null;
		}
		staff.find(staffId)
			.filter(StaffMember::enabled)
			.orElseThrow(() -> ProblemException.invalid(FIELD, "validation.account-manager.unknown"));
		return staffId;
	}

	/** The account manager as reads show it; a staff user since removed shows by id only. */
	AccountManager of(Long staffId) {
		if (staffId == null) {
			return null;
		}
		return new AccountManager(staffId, staff.find(staffId).map(StaffMember::displayName).orElse(null));
	}

	/** The account managers of several customers, one look-up per distinct member of staff. */
	Map<Long, AccountManager> of(Collection<Long> staffIds) {
		Map<Long, AccountManager> managers = new HashMap<>();
		staffIds.stream().filter(Objects::nonNull).distinct().forEach(id -> managers.put(id, of(id)));
		return managers;
	}

	/** The members of staff a form offers as account manager. */
	List<StaffMember> choices() {
		return staff.enabled();
	}

}
