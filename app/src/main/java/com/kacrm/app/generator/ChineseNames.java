package com.kacrm.app.generator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The word lists the generator builds Chinese names from: people are surname + one or two
 * given-name characters, companies are city + brand + industry word + 有限公司. The common
 * surnames appear several times so they come up as often as in real life. Used as SQL
 * array literals (the generator picks from them on the server) and in Java (tests).
 */
final class ChineseNames {

	/** Weighted: 王, 李, 张, 刘, 陈 are about a third of all people. */
	static final List<String> SURNAMES = List.of("王", "王", "王", "李", "李", "李", "张", "张", "张", "刘", "刘", "陈", "陈", "杨",
			"杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许",
			"韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕",
			"丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白",
			"邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "欧阳");

	static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
			"明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "文", "辉", "建", "国", "玲", "红", "鹏", "飞", "斌", "宇", "浩", "凯",
			"欣", "婷", "雪", "琳", "晨", "佳", "俊", "志", "海", "波", "宁", "林", "峰", "鑫", "颖", "倩", "瑞", "博", "子", "晓", "春",
			"梅", "丹", "亮", "成", "新", "荣", "东", "慧", "阳", "彬", "兰", "凤", "嘉", "思", "雨");

	static final List<String> CITIES = List.of("深圳", "上海", "北京", "广州", "苏州", "杭州", "宁波", "无锡", "东莞", "佛山", "成都", "重庆",
			"武汉", "长沙", "西安", "郑州", "青岛", "济南", "天津", "沈阳", "大连", "合肥", "南京", "常州", "温州", "厦门", "福州", "昆明", "南昌", "石家庄",
			"烟台", "潍坊", "台州", "嘉兴", "中山", "珠海");

	static final List<String> BRANDS = List.of("华", "恒", "鑫", "瑞", "宏", "盛", "泰", "丰", "达", "源", "通", "远", "新", "金",
			"安", "德", "信", "汇", "隆", "昌", "嘉", "力", "创", "科", "正", "天", "明", "永", "兴", "海", "中", "宇", "博", "凯", "顺",
			"联", "腾", "卓", "威", "佳");

	/**
	 * Industry words in the order of the seeded industries (V002, by sort order), so a
	 * company's name fits its industry.
	 */
	static final List<String> INDUSTRY_WORDS = List.of("汽车零部件", "散热器", "航空科技", "轨道交通设备", "包装容器", "汽车制造", "电气", "精密钣金",
			"电器", "金属制品", "家具", "链传动");

	private ChineseNames() {
	}

	/** A person's name for the number {@code n}: the same number gives the same name. */
	static String person(long n) {
		String surname = SURNAMES.get(index(n, 1, SURNAMES.size()));
		String given = GIVEN.get(index(n, 2, GIVEN.size()));
		if (index(n, 3, 10) < 7) {
			given = given + GIVEN.get(index(n, 4, GIVEN.size()));
		}
		return surname + given;
	}

	/** A company's name for the number {@code n} in the industry at {@code industry}. */
	static String company(long n, int industry) {
		return CITIES.get(index(n, 5, CITIES.size())) + BRANDS.get(index(n, 6, BRANDS.size()))
				+ BRANDS.get(index(n, 7, BRANDS.size())) + INDUSTRY_WORDS.get(industry % INDUSTRY_WORDS.size())
				+ "有限公司";
	}

	/** The list as a PostgreSQL array literal, e.g. {@code array['王','李']}. */
	static String sqlArray(List<String> words) {
		return words.stream()
			.map((word) -> "'" + word.replace("'", "''") + "'")
			.collect(Collectors.joining(",", "array[", "]::text[]"));
	}

	/** Whether {@code text} is made of CJK characters only (a Chinese name). */
	static boolean isChinese(String text) {
		return !text.isEmpty()
				&& text.codePoints().allMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	private static int index(long n, int salt, int size) {
		long mixed = (n + 1) * 0x9E3779B97F4A7C15L + salt * 0xC2B2AE3D27D4EB4FL;
		mixed ^= (mixed >>> 31);
		mixed *= 0xBF58476D1CE4E5B9L;
		mixed ^= (mixed >>> 29);
		return (int) Math.floorMod(mixed, (long) size);
	}

}
