package io.kairos.desk;

/**
 * The seven service steps (SPEC §2.2) a ticket moves through: 接待, 需求确认, 方案制定, 服务执行, 异常处理,
 * 服务收尾, 后续跟进. Stored as their number 1–7.
 */
public enum ServiceStep {

	RECEPTION, NEEDS_CONFIRMATION, SOLUTION, EXECUTION, EXCEPTION_HANDLING, CLOSING, FOLLOW_UP;

	public int number() {
		return ordinal() + 1;
	}

	public static ServiceStep of(int number) {
		if (number < 1 || number > values().length) {
			throw new IllegalArgumentException("No service step " + number);
		}
		return values()[number - 1];
	}

}
