package com.kacrm.persistence.competitor;

/** An account a competitor is present at, with its position there. */
public record CompetitorAccountRow(long accountId, String accountName, String position) {

}
