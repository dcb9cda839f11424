package com.kacrm.domain.activity;

import java.time.Instant;

/**
 * The appointment a phone invitation closed with (以约会收尾): time, place and the customer's
 * contact confirmed, and what the visit is for. It becomes a planned visit.
 *
 * @param contactId the person to meet, of the account's org chart
 * @param objective what the visit is to achieve; optional
 */
public record Appointment(Instant at, String place, Long contactId, String objective) {

}
