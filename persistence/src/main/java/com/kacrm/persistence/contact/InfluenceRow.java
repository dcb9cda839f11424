package com.kacrm.persistence.contact;

/** One informal influence line of an account: {@code from} influences {@code to}. */
public record InfluenceRow(long id, long fromId, String fromName, long toId, String toName, String note) {

}
