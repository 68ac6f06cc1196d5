package io.kairos.identity;

/** What a staff member does at work. A user may hold several roles; permissions are granted per role. */
public enum Role {

	AGENT, SUPERVISOR, MANAGER, QUALITY_ANALYST, ADMIN;

	/** The Spring Security authority that stands for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Message key of the role's name on screen. */
	public String messageKey() {
		return "role." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
