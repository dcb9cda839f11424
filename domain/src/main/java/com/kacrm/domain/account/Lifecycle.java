package com.kacrm.domain.account;

/**
 * Where the customer is in its life with us (客户生命周期): a prospect (潜在客户) not yet buying, a
 * new customer (新客户), a mature customer (成熟客户) buying steadily, a strategic customer
 * (战略客户) whose business shapes ours.
 */
public enum Lifecycle {

	PROSPECT, NEW_CUSTOMER, MATURE, STRATEGIC

}
