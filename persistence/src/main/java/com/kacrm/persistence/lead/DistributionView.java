package com.kacrm.persistence.lead;

import java.util.List;

/**
 * A lead sheet as it was sent: its record and its leads in the sheet's order (登记时间, then
 * 编号), with the leads' data as it is now.
 */
public record DistributionView(DistributionRow distribution, List<LeadRow> leads) {

}
