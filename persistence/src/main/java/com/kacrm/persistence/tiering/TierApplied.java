package com.kacrm.persistence.tiering;

/** The outcome of applying new criteria: the new version and how many records moved. */
public record TierApplied(int versionNumber, long accountsMoved, long leadsMoved) {

}
