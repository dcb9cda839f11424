package com.kacrm.domain.playbook;

import java.util.Optional;

/**
 * The eight sales milestones (销售里程碑) of the manual, in the order a deal passes them. The
 * constant names are the codes of the API; the declaration order is the business order,
 * so never reorder or insert constants. A deal moves forward one milestone at a time
 * ({@link #next()}) and may move back with a reason ({@link #previous()}).
 */
public enum Milestone {

	/** 行业与客户规划: target industry and customer chosen, customer on the lead sheet. */
	PLANNING,

	/** 电话预约与上门拜访: the right contact found by phone invitation and visits. */
	CALL_AND_VISIT,

	/** 项目立项: the 项目立项申请表 approved; from here on sales expenses may be incurred. */
	PROJECT_APPROVAL,

	/** 深度接触: relationships at several levels, every key buying role known. */
	DEEP_CONTACT,

	/** 方案设计与投标: solution presented, opportunity assessment passed, bid submitted. */
	SOLUTION_AND_TENDER,

	/** 商务谈判: price and terms negotiated, decision date confirmed. */
	NEGOTIATION,

	/** 签约成交: contract signed; the deal is won. */
	CONTRACT_SIGNED,

	/** 交付与回款: delivered, paid, satisfaction reviewed, referrals asked for. */
	DELIVERY_AND_PAYMENT;

	/** The milestone's number in the manual, 1 to 8. */
	public int position() {
		return ordinal() + 1;
	}

	/** The milestone a deal reaches next; empty after the last. */
	public Optional<Milestone> next() {
		return isLast() ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
	}

	/** The milestone before this one; empty for the first. */
	public Optional<Milestone> previous() {
		return isFirst() ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
	}

	public boolean isFirst() {
		return ordinal() == 0;
	}

	public boolean isLast() {
		return ordinal() == values().length - 1;
	}

	/** True when this milestone comes after {@code other}. */
	public boolean isAfter(Milestone other) {
		return ordinal() > other.ordinal();
	}

	/**
	 * The milestone with the manual's number {@code position}.
	 * @throws IllegalArgumentException when the position is not 1 to 8
	 */
	public static Milestone at(int position) {
		if (position < 1 || position > values().length) {
			throw new IllegalArgumentException("Milestones are numbered 1 to " + values().length + ": " + position);
		}
		return values()[position - 1];
	}

}
