package com.kacrm.web.activity;

/**
 * What the quick log records: a call or visit that took place (the default), a visit to
 * plan, or a phone invitation (电话邀约) with the manual's three steps.
 */
public enum VisitMode {

	LOG, PLAN, PHONE

}
