package io.kairos.desk.followup.step;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.kairos.desk.ServiceStep;
import io.kairos.desk.ticket.Ticket;
import io.kairos.desk.ticket.Viewer;
import io.kairos.shared.api.ProblemException;

/**
 * Asked by the ticket service before a ticket enters another step: applies {@link StepAdvance} with the
 * checklist of the step the ticket is in. Kairos itself (no staff actor) moves tickets freely.
 */
@Component
public class StepGate {

	static final String OVERRIDE = "ticket.step.override";

	private final ChecklistCatalog catalog;

	StepGate(ChecklistCatalog catalog) {
		this.catalog = catalog;
	}

	public void check(Ticket ticket, ServiceStep target, Viewer viewer) {
		if (viewer.staffId() == null) {
			return;
		}
		List<ChecklistEntry> current = catalog.entries(ticket.id(), ticket.categoryId(), ticket.step(),
				LocaleContextHolder.getLocale());
		StepAdvance.Verdict verdict = StepAdvance.judge(ticket.step(), target, actorMayOverride(), current);
		if (verdict instanceof StepAdvance.Forbidden forbidden) {
			throw ProblemException.forbidden(forbidden.forward() ? "problem.step.skip" : "problem.step.back");
		}
		if (verdict instanceof StepAdvance.Incomplete incomplete) {
			throw new ChecklistIncomplete(ticket.step().number(), incomplete.missing());
		}
	}

	/** The override is a permission of the signed-in caller; the viewer record carries only visibility. */
	private static boolean actorMayOverride() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		return caller != null && caller.getAuthorities().stream().anyMatch(a -> OVERRIDE.equals(a.getAuthority()));
	}

}
