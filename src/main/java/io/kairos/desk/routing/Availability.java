package io.kairos.desk.routing;

/** Whether an agent takes routed work now. Only AVAILABLE agents are routed tickets; pulling work is always allowed. */
public enum Availability {
	AVAILABLE, AWAY, OFFLINE
}
