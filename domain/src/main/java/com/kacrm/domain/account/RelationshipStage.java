package com.kacrm.domain.account;

/**
 * How close the customer is to us, the manual's ladder of relationship (客户关系阶段): an
 * outsider (局外人) who hardly knows us, a friend (朋友), a supplier (供应商), a partner (合作伙伴)
 * and a strategic alliance (战略联盟). The order is the ladder's.
 */
public enum RelationshipStage {

	OUTSIDER, FRIEND, SUPPLIER, PARTNER, STRATEGIC_ALLIANCE

}
