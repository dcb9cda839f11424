package com.kacrm.domain.assessment;

/**
 * The ten questions of the opportunity assessment 是否我的商机 (SPEC 5), in the manual's order.
 * The first five qualify the deal (is it real, funded, timed, is the decision process and
 * the competition known); the last five, from the manual's list 6–10, ask whether it is
 * ours to win. Each names its message key {@code assessment.question.<NAME>}.
 */
public enum AssessmentQuestion {

	/** 1 需求是否真实. */
	NEED_REAL,

	/** 2 是否有预算. */
	BUDGET,

	/** 3 时间表是否明确. */
	TIMELINE,

	/** 4 采购决策流程是否清楚. */
	DECISION_PROCESS,

	/** 5 竞争态势是否掌握. */
	COMPETITION,

	/** 6 决策因素是否明确. */
	DECISION_FACTORS,

	/** 7 解决方案是否合适. */
	SOLUTION_FIT,

	/** 8 资源需求是否合理. */
	RESOURCES,

	/** 9 客户关系有无基础. */
	RELATIONSHIP,

	/** 10 独特价值能否体现. */
	UNIQUE_VALUE;

	/** The question's number in the manual, 1 to 10. */
	public int number() {
		return ordinal() + 1;
	}

	/** Whether it is one of the five qualification questions (1–5). */
	public boolean qualifies() {
		return ordinal() < 5;
	}

}
