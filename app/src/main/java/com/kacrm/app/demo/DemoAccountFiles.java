package com.kacrm.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.account.DecisionMode;
import com.kacrm.domain.account.Lifecycle;
import com.kacrm.domain.account.RelationshipStage;
import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.swot.SwotContent;

/**
 * The demo account files (大客户建档): for each account a rep owns, the deep profile, 8–18
 * people in a manufacturer's usual hierarchy (董事长 → 总经理 → 副总 → 部门经理 → 工程师), informal
 * influence lines, one opportunity with its buying centre, a SWOT and the competitors
 * there. We are a maker of brazing furnaces and aluminium heat-exchange lines selling to
 * these manufacturers. One account lacks a final approver and one has a SWOT older than
 * six months, so the coverage warnings and the SWOT reminder have something to show.
 */
final class DemoAccountFiles {

	private DemoAccountFiles() {
	}

	/** One person of the hierarchy template; {@code manager} is another template key. */
	record Position(String key, String title, String department, ContactLevel level, String manager) {
	}

	/** The org template; an account takes its first {@code size} positions. */
	static final List<Position> POSITIONS = List.of(new Position("chairman", "董事长", "董事会", ContactLevel.IMAGE, null),
			new Position("gm", "总经理", "总经理办公室", ContactLevel.DECISION, "chairman"),
			new Position("vpTech", "技术副总经理", "技术中心", ContactLevel.DECISION, "gm"),
			new Position("vpProd", "生产副总经理", "生产部", ContactLevel.DECISION, "gm"),
			new Position("purchase", "采购部经理", "采购部", ContactLevel.IMPLEMENTATION, "gm"),
			new Position("chiefEng", "总工程师", "技术中心", ContactLevel.IMPLEMENTATION, "vpTech"),
			new Position("quality", "质量部经理", "质量部", ContactLevel.IMPLEMENTATION, "vpProd"),
			new Position("equipment", "设备部经理", "设备部", ContactLevel.IMPLEMENTATION, "vpProd"),
			new Position("cfo", "财务总监", "财务部", ContactLevel.DECISION, "gm"),
			new Position("buyer", "采购工程师", "采购部", ContactLevel.USAGE, "purchase"),
			new Position("process", "工艺工程师", "技术中心", ContactLevel.USAGE, "chiefEng"),
			new Position("workshop", "钎焊车间主任", "生产部", ContactLevel.USAGE, "equipment"),
			new Position("equipEng", "设备工程师", "设备部", ContactLevel.USAGE, "equipment"),
			new Position("qualityEng", "质量工程师", "质量部", ContactLevel.USAGE, "quality"),
			new Position("rd", "研发工程师", "技术中心", ContactLevel.USAGE, "chiefEng"),
			new Position("secretary", "总经理秘书", "总经理办公室", ContactLevel.USAGE, "gm"),
			new Position("leader", "钎焊炉班长", "生产部", ContactLevel.USAGE, "workshop"),
			new Position("payables", "应付会计", "财务部", ContactLevel.USAGE, "cfo"));

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈";

	private static final String[] GIVEN = { "建华", "志刚", "海燕", "国强", "丽娟", "卫东", "晓明", "春梅", "振宇", "玉兰", "德胜", "秀英",
			"永康", "红霞", "立新", "文杰", "静怡", "宏伟", "少华", "雪梅", "承志", "佳琪", "明远", "凤英" };

	/** A person's name: distinct within an account, different across accounts. */
	static String nameOf(int account, int position) {
		int surname = (account * 7 + position * 3) % SURNAMES.length();
		String given = GIVEN[(account * 5 + position) % GIVEN.length];
		return SURNAMES.charAt(surname) + given;
	}

	/** The relationship depth and target of each position, before the account's shift. */
	static final Map<String, int[]> DEPTHS = Map.ofEntries(Map.entry("chairman", new int[] { 1, 3 }),
			Map.entry("gm", new int[] { 3, 4 }), Map.entry("vpTech", new int[] { 4, 5 }),
			Map.entry("vpProd", new int[] { 2, 4 }), Map.entry("purchase", new int[] { 3, 4 }),
			Map.entry("chiefEng", new int[] { 4, 5 }), Map.entry("quality", new int[] { 2, 3 }),
			Map.entry("equipment", new int[] { 3, 4 }), Map.entry("cfo", new int[] { 1, 3 }));

	static final List<String> INTERESTS = List.of("钓鱼，周末常去水库", "围棋业余五段", "喜欢喝普洱茶", "马拉松，每年跑广马", "关注孩子升学，女儿高三",
			"书法，爱收藏砚台", "羽毛球", "自驾游，去过川藏线");

	/** An influence line between two template positions. */
	record Influence(String from, String to, String note) {
	}

	/** A seat in the demo opportunity's buying centre. */
	record Seat(String position, BuyingRole role, Support support, Attitude attitude) {
	}

	/** A competitor at the account. */
	record Presence(String competitor, String position) {
	}

	/** Everything the demo writes into one account's file. */
	record File(String account, String owner, int size, String address, String phone, String characteristics,
			String industryPosition, String distribution, String financial, String credit, String intent,
			DecisionMode decisionMode, Lifecycle lifecycle, RelationshipStage stage, List<Influence> influences,
			String opportunity, List<Seat> seats, SwotContent swot, int swotMonthsAgo, List<Presence> competitors,
			int[] scores) {
	}

	/** Competitors: name, products, strengths, weaknesses, local organisation. */
	static final List<String[]> COMPETITORS = List.of(
			new String[] { "赛科沃克热处理设备（天津）有限公司", "连续式铝钎焊炉、真空钎焊炉", "品牌与欧洲工艺，合资车企的认可度高", "价格高 30% 以上，备件周期 8–12 周",
					"天津工厂 + 华南、华东各 2 名销售工程师" },
			new String[] { "苏州宏工钎焊设备有限公司", "网带式钎焊炉、助焊剂喷涂线", "价格低、交期 45 天", "温控均匀性差，售后响应慢", "苏州总部，华南有代理商" },
			new String[] { "无锡德瑞炉业有限公司", "真空热处理炉、非标炉", "非标定制灵活，老板亲自跑客户", "规模小，资金紧张", "无锡一地，约 120 人" },
			new String[] { "爱发科真空技术（苏州）有限公司", "高真空钎焊炉、镀膜设备", "航空航天资质齐全，真空度指标领先", "只做高端，交期长", "苏州工厂，上海技术中心" });

	static final List<File> FILES = List.of(new File(
			"深圳华鹏汽车配件有限公司", "rep.zhang", 16, "深圳市宝安区福永街道凤凰工业区 8 栋", "0755-2733 8800",
			"主做发动机冷却模块和空调冷凝器，给比亚迪、广汽配套；自动化程度高，新厂 2027 年投产", "国内汽车冷却模块前十，行业排名第 8，参与起草两项行业标准", "华南、华东各有配套仓，海外经墨西哥子公司供货",
			"年营业额约 12 亿元，银行授信充足，新厂自筹 60%", "付款准时，承兑为主，账期 90 天", "新厂两条钎焊线在选型，愿意让我们做技术交流", DecisionMode.CENTRALISED,
			Lifecycle.MATURE, RelationshipStage.SUPPLIER, List.of(new Influence("chiefEng", "purchase", "采购选型先听总工意见"),
					new Influence("chairman", "cfo", "董事长亲自盯大额投资"), new Influence("quality", "vpProd", "质量问题一票否决")),
			"新厂两条连续式钎焊线",
			List.of(new Seat("gm", BuyingRole.FINAL_APPROVER, Support.SUPPORTER, Attitude.PRAGMATIST),
					new Seat("vpTech", BuyingRole.DECISION_MAKER, Support.CHAMPION, Attitude.EARLY_ADOPTER),
					new Seat("chiefEng", BuyingRole.EVALUATOR, Support.SUPPORTER, Attitude.INNOVATOR),
					new Seat("purchase", BuyingRole.PURCHASER, Support.NEUTRAL, Attitude.CONSERVATIVE),
					new Seat("workshop", BuyingRole.END_USER, Support.SUPPORTER, Attitude.PRAGMATIST),
					new Seat("cfo", BuyingRole.INFLUENCER, Support.OPPONENT, Attitude.LAGGARD)),
			new SwotContent("炉温均匀性 ±3℃ 优于宏工；深圳有服务站，4 小时到场", "价格比宏工高约 15%；外资品牌形象不如赛科沃克", "新厂两条线 2027 年投产；新能源冷却板需求翻倍",
					"赛科沃克降价抢单；客户财务总监倾向低价方案"),
			2, List.of(new Presence("赛科沃克热处理设备（天津）有限公司", "老厂 3 条线的供应商，关系稳固"), new Presence("苏州宏工钎焊设备有限公司", "报过价，价格最低")),
			new int[] { 5, 4, 4, 5, 4, 4, 4, 5 }),
			new File("东莞恒通散热器股份有限公司", "rep.zhang", 10, "东莞市常平镇松柏塘工业区", "0769-8339 1266", "工程机械和发电机组散热器，小批量多品种",
					"工程机械散热器细分市场前二十，行业排名 15", "直销主机厂为主，少量出口东南亚", "上市公司子公司，资金稳健", "偶有延期付款，需跟进", "对节能改造有兴趣，预算未定",
					DecisionMode.MIXED, Lifecycle.NEW_CUSTOMER, RelationshipStage.FRIEND,
					List.of(new Influence("equipment", "gm", "设备改造由设备部经理提议")), "老线节能改造",
					List.of(new Seat("gm", BuyingRole.FINAL_APPROVER, Support.NEUTRAL, Attitude.CONSERVATIVE),
							new Seat("vpProd", BuyingRole.DECISION_MAKER, Support.SUPPORTER, Attitude.PRAGMATIST),
							new Seat("equipment", BuyingRole.INITIATOR, Support.CHAMPION, Attitude.EARLY_ADOPTER)),
					new SwotContent("能耗比老线低 20%", "客户对我们的品牌还不熟悉", "政府节能补贴", "客户今年利润下滑"), 4,
					List.of(new Presence("无锡德瑞炉业有限公司", "老炉子的维修商")), new int[] { 3, 3, 2, 4, 4, 3, 2, 3 }),
			new File("惠州美达家电集团", "rep.li", 12, "惠州市仲恺高新区和畅五路", "0752-260 8899", "空调和冰箱两器（冷凝器、蒸发器）自制率高",
					"家电行业第 35 名，华南空调配套主力", "全国 5 个生产基地", "集团现金流好，但审批层级多", "信誉良好", "集团统一招标，今年有扩产计划",
					DecisionMode.DECENTRALISED, Lifecycle.PROSPECT, RelationshipStage.OUTSIDER,
					List.of(new Influence("purchase", "vpProd", "集团采购中心牵头招标")), "惠州基地两器扩产",
					List.of(new Seat("vpTech", BuyingRole.DECISION_MAKER, Support.NEUTRAL, Attitude.PRAGMATIST),
							new Seat("chiefEng", BuyingRole.EVALUATOR, Support.SUPPORTER, Attitude.EARLY_ADOPTER),
							new Seat("workshop", BuyingRole.END_USER, Support.NEUTRAL, Attitude.CONSERVATIVE)),
					new SwotContent("连续炉产能高，适合大批量", "没有家电行业样板客户", "扩产 3 条线", "集团招标价格压得很低"), 1,
					List.of(new Presence("苏州宏工钎焊设备有限公司", "现有 5 条线中 4 条是宏工的")), new int[] { 2, 3, 3, 4, 5, 4, 3, 3 }),
			new File("深圳精工钣金有限公司", "rep.li", 8, "深圳市龙岗区坪地街道", "0755-8496 5500", "机柜和钣金结构件，兼做少量换热器外壳", "区域内中等规模",
					"只做本地客户", "规模小，现金为主", "信誉一般", "只买过备件", DecisionMode.CENTRALISED, Lifecycle.NEW_CUSTOMER,
					RelationshipStage.FRIEND, List.of(), "钎焊炉备件年度框架",
					List.of(new Seat("chairman", BuyingRole.FINAL_APPROVER, Support.NEUTRAL, Attitude.LAGGARD),
							new Seat("purchase", BuyingRole.PURCHASER, Support.SUPPORTER, Attitude.PRAGMATIST)),
					null, 0, List.of(), new int[] { 1, 2, 3, 2, 1, 2, 1, 2 }),
			new File("上海远航航空航天科技股份有限公司", "rep.wang", 18, "上海市闵行区紫竹科学园区", "021-5433 7000", "航空发动机换热器和机载环控部件，军民两用",
					"航空换热器国内第 5，参与 C919 配套", "直供主机厂，无分销", "科创板上市，研发投入占 12%", "信誉很好，付款周期长（180 天）", "真空钎焊线升级，已发技术规格书",
					DecisionMode.CENTRALISED, Lifecycle.STRATEGIC, RelationshipStage.PARTNER,
					List.of(new Influence("chiefEng", "vpTech", "总工是型号总师，技术上说了算"),
							new Influence("quality", "purchase", "供应商须先过质量审核"),
							new Influence("chairman", "gm", "董事长重视国产化")),
					"真空钎焊线升级",
					List.of(new Seat("gm", BuyingRole.FINAL_APPROVER, Support.SUPPORTER, Attitude.PRAGMATIST),
							new Seat("vpTech", BuyingRole.DECISION_MAKER, Support.NEUTRAL, Attitude.CONSERVATIVE),
							new Seat("chiefEng", BuyingRole.EVALUATOR, Support.CHAMPION, Attitude.INNOVATOR),
							new Seat("quality", BuyingRole.EVALUATOR, Support.NEUTRAL, Attitude.CONSERVATIVE),
							new Seat("process", BuyingRole.END_USER, Support.SUPPORTER, Attitude.EARLY_ADOPTER),
							new Seat("purchase", BuyingRole.PURCHASER, Support.NEUTRAL, Attitude.PRAGMATIST)),
					new SwotContent("国产化替代政策支持；真空度指标达到进口水平", "航空资质还在认证中", "国产大飞机放量，换热器需求上升", "爱发科在航空圈口碑好；认证周期可能拖到明年"),
					3, List.of(new Presence("爱发科真空技术（苏州）有限公司", "现有两台真空炉都是爱发科的")), new int[] { 4, 5, 2, 5, 4, 5, 5, 5 }),
			new File("苏州铁路装备有限公司", "rep.wang", 11, "苏州市相城区黄埭镇", "0512-6578 2200", "动车组和地铁车辆的冷却系统", "轨交冷却系统国内第 22",
					"主要供中车各主机厂", "国企控股，资金有保障", "付款规范但流程长", "有新项目，但我们还没找到拍板人", DecisionMode.MIXED, Lifecycle.PROSPECT,
					RelationshipStage.FRIEND, List.of(new Influence("vpTech", "purchase", "技术标占 60%")), "地铁冷却模块新线",
					List.of(new Seat("vpTech", BuyingRole.DECISION_MAKER, Support.SUPPORTER, Attitude.PRAGMATIST),
							new Seat("chiefEng", BuyingRole.EVALUATOR, Support.CHAMPION, Attitude.EARLY_ADOPTER),
							new Seat("buyer", BuyingRole.PURCHASER, Support.NEUTRAL, Attitude.CONSERVATIVE)),
					new SwotContent("有轨交行业案例", "离客户远，服务要从上海过去", "地铁新线招标多", "主机厂指定供应商"), 5,
					List.of(new Presence("赛科沃克热处理设备（天津）有限公司", "中车体系的老供应商")), new int[] { 3, 3, 4, 3, 3, 3, 4, 3 }),
			new File("宁波海天钢桶制造有限公司", "rep.wang", 9, "宁波市北仑区小港街道", "0574-8618 3300", "钢桶和 IBC 吨桶，焊接和涂装为主", "钢桶行业第 80",
					"浙江本地", "民营，资金偏紧", "曾拖欠货款 3 个月", "只想买便宜的", DecisionMode.CENTRALISED, Lifecycle.MATURE,
					RelationshipStage.SUPPLIER, List.of(), "涂装烘干炉改造",
					List.of(new Seat("chairman", BuyingRole.FINAL_APPROVER, Support.OPPONENT, Attitude.LAGGARD),
							new Seat("gm", BuyingRole.DECISION_MAKER, Support.NEUTRAL, Attitude.CONSERVATIVE),
							new Seat("equipment", BuyingRole.END_USER, Support.SUPPORTER, Attitude.PRAGMATIST)),
					new SwotContent("本地有服务工程师", "我们的设备对他们来说太贵", "环保整改要求烘干炉升级", "客户资金紧张，有坏账风险"), 8,
					List.of(new Presence("无锡德瑞炉业有限公司", "报价比我们低 40%")), new int[] { 2, 1, 1, 2, 2, 2, 1, 1 }));

	/** The positions an account of {@code size} people has, in template order. */
	static List<Position> positionsOf(int size) {
		return new ArrayList<>(POSITIONS.subList(0, Math.min(size, POSITIONS.size())));
	}

}
