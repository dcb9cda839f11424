package com.kacrm.persistence.report;

import java.util.List;

/** The pipeline funnel: eight stages in milestone order, and their totals. */
public record FunnelResult(List<FunnelStage> stages, FunnelTotals totals) {

}
