package io.kairos.identity.demo;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.kairos.identity.Role;
import io.kairos.identity.user.NewStaffUser;
import io.kairos.identity.user.StaffUsers;
import io.kairos.shared.paging.Keyset;

/**
 * One demo user per role, all with the password {@code kairos-demo}, loaded once into an empty embedded
 * database. Never runs against PostgreSQL unless {@code kairos.demo-data.enabled=true} is set on purpose.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("kairos.demo-data.enabled")
class DemoStaff implements ApplicationRunner {

	static final String PASSWORD = "kairos-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

	private final StaffUsers users;

	DemoStaff(StaffUsers users) {
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!users.page(new Keyset(null, 1), null).items().isEmpty()) {
			return;
		}
		List.of(new NewStaffUser("admin", "系统管理员 Admin", "admin@kairos.example", PASSWORD, Set.of(Role.ADMIN), null),
				new NewStaffUser("agent", "王小明 Agent", "agent@kairos.example", PASSWORD, Set.of(Role.AGENT), null),
				new NewStaffUser("supervisor", "李娜 Supervisor", "supervisor@kairos.example", PASSWORD,
						Set.of(Role.SUPERVISOR), null),
				new NewStaffUser("manager", "张伟 Manager", "manager@kairos.example", PASSWORD, Set.of(Role.MANAGER),
						null),
				new NewStaffUser("analyst", "陈静 Analyst", "analyst@kairos.example", PASSWORD,
						Set.of(Role.QUALITY_ANALYST), null))
			.forEach(users::create);
		log.info("Loaded demo staff: admin, agent, supervisor, manager, analyst (password as in the README)");
	}

}
