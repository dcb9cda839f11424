package com.kacrm.persistence.report;

import java.util.List;

/**
 * The stalled deals: at most {@link StalledDealsReport#LIMIT} rows, longest first, and
 * how many there are in all.
 */
public record StalledDeals(int days, long total, List<StalledDealRow> rows) {

}
