package com.kacrm.app.demo;

import java.util.List;
import java.util.Map;

import com.kacrm.domain.opportunity.LossReason;
import com.kacrm.domain.opportunity.OpportunityStatus;

/**
 * The demo deals (商机) beyond each account file's first one: for both teams deals at every
 * milestone, won ones (with contract and, for some, payments), lost ones with their
 * reasons and one on hold per team, with histories over the past 18 months so the funnel
 * and aging reports have something real to show. We sell brazing furnaces and aluminium
 * heat-exchange lines; the deals fit each customer's trade.
 */
final class DemoOpportunities {

	private DemoOpportunities() {
	}

	/**
	 * One demo deal.
	 *
	 * @param reached the milestone (1–8) the deal got to; a lost or held deal stopped
	 * there
	 * @param startDaysAgo when it was opened
	 * @param lastDaysAgo when it made its last move (or was lost or put on hold)
	 * @param contract the contract amount in 万元 of a won deal
	 * @param payments how many payments (回款) a deal at milestone 8 has received: 1 is a
	 * down payment, 2 is paid in full and the delivery closed
	 * @param reason why it was lost or put on hold
	 * @param profit the won deal's profit in 万元 (negative when it lost money), for the
	 * key-account report's ranking by profit
	 * @param lossReason the lost deal's reason by category, for the win/loss report
	 * @param lostTo the competitor (by name, as filed with the account files) a lost deal
	 * went to, or null
	 */
	record Deal(String account, String name, String solution, int amount, int reached, OpportunityStatus status,
			int startDaysAgo, int lastDaysAgo, Integer contract, int payments, String reason, Integer profit,
			LossReason lossReason, String lostTo) {

		static Deal open(String account, String name, String solution, int amount, int reached, int startDaysAgo,
				int lastDaysAgo) {
			return new Deal(account, name, solution, amount, reached, OpportunityStatus.OPEN, startDaysAgo, lastDaysAgo,
					null, 0, null, null, null, null);
		}

		static Deal won(String account, String name, String solution, int amount, int reached, int startDaysAgo,
				int lastDaysAgo, int contract, int payments, int profit) {
			return new Deal(account, name, solution, amount, reached, OpportunityStatus.WON, startDaysAgo, lastDaysAgo,
					contract, payments, null, profit, null, null);
		}

		static Deal lost(String account, String name, String solution, int amount, int reached, int startDaysAgo,
				int lastDaysAgo, LossReason lossReason, String lostTo, String reason) {
			return new Deal(account, name, solution, amount, reached, OpportunityStatus.LOST, startDaysAgo, lastDaysAgo,
					null, 0, reason, null, lossReason, lostTo);
		}

		static Deal held(String account, String name, String solution, int amount, int reached, int startDaysAgo,
				int lastDaysAgo, String reason) {
			return new Deal(account, name, solution, amount, reached, OpportunityStatus.ON_HOLD, startDaysAgo,
					lastDaysAgo, null, 0, reason, null, null, null);
		}

	}

	/**
	 * What happened to a deal's 项目立项申请表 (SPEC 6). A deal that got past milestone 2 was
	 * approved (the approval moved it to 项目立项), some after a first request was rejected
	 * or returned; deals still at milestone 2 wait with a draft, a pending or a returned
	 * request, or had theirs withdrawn when they were lost or put on hold.
	 */
	enum Story {

		/** No request: the deal is at milestone 1 or 2 and nobody filed one yet. */
		NONE,

		/** Submitted and approved: how every deal at milestone 3 or beyond got there. */
		APPROVED,

		/** A first request rejected, a second one approved. */
		REJECTED_THEN_APPROVED,

		/** Returned for revision once, then approved. */
		RETURNED_THEN_APPROVED,

		/** Waiting for the team manager's decision, submitted a few days ago. */
		SUBMITTED,

		/** Returned with the manager's comment; the rep still has to revise it. */
		RETURNED,

		/** Withdrawn by the rep before the deal was lost or put on hold. */
		WITHDRAWN,

		/**
		 * A draft the rep is still filling in; the deal does not meet milestone 2 yet.
		 */
		DRAFT

	}

	/** The approval story of each deal whose story is not the default one. */
	private static final Map<String, Story> STORIES = Map.ofEntries(Map.entry("发电机组散热器检漏线", Story.SUBMITTED),
			Map.entry("热管理中心氦检漏设备", Story.SUBMITTED), Map.entry("洗碗机换热器钎焊炉", Story.RETURNED),
			Map.entry("换热器外壳焊接工作站", Story.WITHDRAWN), Map.entry("机柜钎焊工装夹具", Story.REJECTED_THEN_APPROVED),
			Map.entry("新能源冷却板真空钎焊炉", Story.RETURNED_THEN_APPROVED), Map.entry("散热器芯体自动装配线", Story.DRAFT),
			Map.entry("转向架散热片钎焊", Story.SUBMITTED), Map.entry("机载换热器钎焊工艺验证", Story.SUBMITTED),
			Map.entry("钢桶烘干炉节能改造", Story.RETURNED), Map.entry("钢桶内涂烘干炉", Story.WITHDRAWN),
			Map.entry("冷却器清洗线", Story.REJECTED_THEN_APPROVED), Map.entry("航空换热器检测线", Story.RETURNED_THEN_APPROVED),
			Map.entry("制动电阻散热器测试台", Story.DRAFT));

	/**
	 * The approval story of {@code deal}: as listed, else approved once past milestone 2.
	 */
	static Story storyOf(Deal deal) {
		return STORIES.getOrDefault(deal.name(), (deal.reached() > 2) ? Story.APPROVED : Story.NONE);
	}

	private static final String DERUI = "无锡德瑞炉业有限公司";

	private static final String HONGGONG = "苏州宏工钎焊设备有限公司";

	private static final String SECO = "赛科沃克热处理设备（天津）有限公司";

	private static final String HUAPENG = "深圳华鹏汽车配件有限公司";

	private static final String HENGTONG = "东莞恒通散热器股份有限公司";

	private static final String MEIDA = "惠州美达家电集团";

	private static final String JINGGONG = "深圳精工钣金有限公司";

	private static final String YUANHANG = "上海远航航空航天科技股份有限公司";

	private static final String RAILWAY = "苏州铁路装备有限公司";

	private static final String HAITIAN = "宁波海天钢桶制造有限公司";

	static final List<Deal> DEALS = List.of(
			// 华南 (SZ): 张伟 and 李娜
			Deal.won(HUAPENG, "老厂三号线钎焊炉大修改造", "连续式铝钎焊炉炉膛更换、网带和温控系统升级", 380, 8, 545, 290, 365, 2, 62),
			Deal.won(HUAPENG, "冷凝器助焊剂喷涂线", "助焊剂静电喷涂线一条，含回收系统", 150, 8, 430, 160, 142, 1, 18),
			Deal.open(HUAPENG, "新能源冷却板真空钎焊炉", "双室真空钎焊炉两台，配套清洗线", 980, 6, 330, 25),
			Deal.won(HENGTONG, "工程机械散热器网带炉", "网带式钎焊炉一台，炉温均匀性 ±3℃", 260, 7, 400, 40, 248, 0, 31),
			Deal.open(HENGTONG, "发电机组散热器检漏线", "氦检漏设备两台及工装", 60, 2, 120, 55),
			Deal.lost(HENGTONG, "钎焊炉年度维保合同", "现有 4 台钎焊炉的年度维保与备件", 45, 5, 360, 200, LossReason.PRICE, DERUI,
					"报价高于无锡德瑞约 35%，客户选择低价维保"),
			Deal.open(MEIDA, "空调两器连续钎焊线（一期）", "连续式铝钎焊线两条，年产 300 万套两器", 1200, 5, 300, 35),
			Deal.lost(MEIDA, "冰箱蒸发器钎焊线改造", "蒸发器钎焊线节能改造", 420, 3, 500, 380, LossReason.COMPETITOR, HONGGONG,
					"集团统一招标，苏州宏工以低价中标"),
			Deal.open(MEIDA, "惠州基地氮气保护系统", "钎焊炉氮气发生与保护气氛系统", 180, 4, 250, 50),
			Deal.open(JINGGONG, "机柜钎焊工装夹具", "钎焊工装夹具 40 套", 35, 3, 150, 70),
			Deal.held(JINGGONG, "换热器外壳焊接工作站", "机器人焊接工作站一台", 80, 2, 260, 120, "客户订单下滑，投资推迟到明年二季度再议"),
			Deal.open(HUAPENG, "热管理中心氦检漏设备", "氦质谱检漏设备一套，含真空箱和自动回收", 110, 2, 75, 30),
			Deal.open(MEIDA, "洗碗机换热器钎焊炉", "小型连续式钎焊炉一台", 230, 2, 110, 45),
			Deal.open(HENGTONG, "散热器芯体自动装配线", "芯体自动装配与穿管设备", 300, 2, 60, 25),
			// earlier years, so that sales per year, growth and profit rankings have a
			// history
			Deal.won(HUAPENG, "二号线网带炉新购", "网带式铝钎焊炉一台，含助焊剂喷涂", 520, 8, 1420, 1150, 498, 2, 85),
			Deal.won(HENGTONG, "散热器钎焊炉温控升级", "两台钎焊炉温控与氮气系统升级", 180, 8, 1250, 1000, 172, 2, 24),
			Deal.won(MEIDA, "空调冷凝器钎焊炉", "连续式钎焊炉一台，为进入集团供应商名录低价承接", 350, 8, 1100, 820, 330, 2, -12),
			Deal.won(JINGGONG, "钣金件钎焊工装", "钎焊工装夹具 20 套", 40, 8, 700, 480, 38, 2, 3),
			Deal.lost(JINGGONG, "钣金烘干线", "烘干线一条", 65, 3, 400, 250, LossReason.BUDGET, null, "客户年度预算被砍，项目取消"),
			Deal.lost(MEIDA, "洗衣机配件清洗线", "清洗烘干线一条", 140, 4, 640, 470, LossReason.RELATIONSHIP, HONGGONG,
					"采购总监换人，新总监与宏工关系密切"),
			// 华东 (SH): 王强
			Deal.won(YUANHANG, "一号真空钎焊炉国产化替代", "高真空钎焊炉一台替代进口设备，含工艺验证", 1600, 8, 548, 260, 1520, 2, 310),
			Deal.won(YUANHANG, "环控换热器钎焊夹具", "航空换热器钎焊夹具与装炉料架", 90, 8, 300, 100, 88, 1, -6),
			Deal.open(YUANHANG, "航空换热器检测线", "换热器气密与流阻检测线", 650, 6, 280, 20),
			Deal.open(YUANHANG, "C919 配套散热器中试线", "中试真空钎焊炉与清洗干燥线", 880, 5, 240, 30),
			Deal.won(RAILWAY, "动车组冷却器钎焊线", "连续式铝钎焊线一条，含助焊剂喷涂", 720, 7, 420, 15, 690, 0, 95),
			Deal.open(RAILWAY, "地铁冷却模块检漏设备", "氦检漏设备与自动上下料", 140, 4, 200, 45),
			Deal.lost(RAILWAY, "冷却器清洗线", "超声波清洗与烘干线", 210, 4, 480, 330, LossReason.PRODUCT_FIT, SECO,
					"主机厂指定赛科沃克，我方技术标得分落后"),
			Deal.open(RAILWAY, "转向架散热片钎焊", "小型网带炉一台", 120, 2, 90, 40),
			Deal.open(HAITIAN, "IBC 吨桶焊接烘干线", "烘干炉一台及余热利用", 160, 3, 180, 60),
			Deal.held(HAITIAN, "钢桶涂装线余热回收", "涂装烘干线余热回收改造", 95, 3, 330, 140, "客户资金紧张，环保整改延期，项目暂停"),
			Deal.lost(HAITIAN, "钢桶内涂烘干炉", "内涂烘干炉一台", 70, 2, 380, 320, LossReason.PRICE, DERUI, "客户只比价格，无锡德瑞报价低 40%"),
			Deal.open(YUANHANG, "机载换热器钎焊工艺验证", "工艺验证用真空钎焊炉一台及试样检测", 260, 2, 80, 28),
			Deal.open(HAITIAN, "钢桶烘干炉节能改造", "烘干炉燃烧系统与保温改造", 85, 2, 100, 40),
			Deal.open(RAILWAY, "制动电阻散热器测试台", "制动电阻散热器温升测试台两套", 75, 2, 50, 20),
			Deal.won(YUANHANG, "真空钎焊炉工艺升级", "真空钎焊炉控制系统与工艺升级", 900, 8, 1380, 1080, 860, 2, 150),
			Deal.won(RAILWAY, "冷却器氦检漏设备", "氦检漏设备一套", 160, 8, 1000, 700, 150, 2, 22),
			Deal.won(HAITIAN, "钢桶烘干炉燃烧器更换", "烘干炉燃烧器两套", 60, 8, 800, 560, 55, 2, 2),
			Deal.lost(RAILWAY, "检修基地钎焊炉", "检修用小型钎焊炉一台", 240, 4, 600, 420, LossReason.TIMING, null, "检修基地建设推迟两年"),
			Deal.lost(YUANHANG, "试验件真空炉租赁", "试验用真空炉租赁一年", 50, 3, 560, 430, LossReason.NO_DECISION, null,
					"客户内部意见不一，一直没有决定"),
			Deal.lost(HAITIAN, "吨桶焊接机器人", "焊接机器人工作站", 110, 3, 300, 210, LossReason.COMPETITOR, DERUI, "无锡德瑞捆绑维保低价拿下"));

}
