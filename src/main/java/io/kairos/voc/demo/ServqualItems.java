package io.kairos.voc.demo;

import java.util.List;

/**
 * The 22 SERVQUAL items (Parasuraman, Zeithaml &amp; Berry 1991 wording, adapted to a service desk) in Chinese and
 * English: survey content for the demo surveys, not screen text.
 */
final class ServqualItems {

	record Item(int number, String zh, String en) {
	}

	static final List<Item> ALL = List.of(
			new Item(1, "拥有现代化的服务设施和设备", "Has up-to-date equipment"),
			new Item(2, "服务场所和设施外观吸引人", "Physical facilities are visually appealing"),
			new Item(3, "员工穿着整洁、得体", "Employees are neat-appearing"),
			new Item(4, "与服务相关的资料（账单、说明）清晰美观", "Materials associated with the service are visually appealing"),
			new Item(5, "承诺在某时间内做到的事情能按时做到", "When it promises to do something by a certain time, it does so"),
			new Item(6, "您遇到问题时真诚地帮助解决", "Shows a sincere interest in solving your problem"),
			new Item(7, "第一次就把服务做对", "Performs the service right the first time"),
			new Item(8, "在承诺的时间提供服务", "Provides its services at the time it promises to do so"),
			new Item(9, "记录准确无误", "Insists on error-free records"),
			new Item(10, "告诉您提供服务的确切时间", "Tells you exactly when services will be performed"),
			new Item(11, "员工为您提供及时的服务", "Employees give you prompt service"),
			new Item(12, "员工总是愿意帮助您", "Employees are always willing to help you"),
			new Item(13, "员工再忙也会及时回应您的请求", "Employees are never too busy to respond to your requests"),
			new Item(14, "员工的行为让您信任", "The behaviour of employees instils confidence in you"),
			new Item(15, "与我们打交道时您感到放心", "You feel safe in your transactions"),
			new Item(16, "员工始终礼貌待您", "Employees are consistently courteous with you"),
			new Item(17, "员工有足够的知识回答您的问题", "Employees have the knowledge to answer your questions"),
			new Item(18, "给予您个别的关怀", "Gives you individual attention"),
			new Item(19, "服务时间方便所有客户", "Has operating hours convenient to all its customers"),
			new Item(20, "员工给予您个人化的关注", "Has employees who give you personal attention"),
			new Item(21, "把您的利益放在心上", "Has your best interests at heart"),
			new Item(22, "员工理解您的具体需求", "Employees understand your specific needs"));

	private ServqualItems() {
	}

}
