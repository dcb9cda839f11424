package com.kacrm.persistence.activity;

import java.time.Instant;

/**
 * An activity recorded, and the visit its phone invitation's appointment planned.
 *
 * @param plannedVisitId the planned visit; null when none was made
 * @param plannedVisitAt when the planned visit is; null when none was made
 */
public record ActivitySaved(long id, long version, Long plannedVisitId, Instant plannedVisitAt) {

}
