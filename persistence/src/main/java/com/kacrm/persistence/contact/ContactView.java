package com.kacrm.persistence.contact;

import java.time.Instant;

/**
 * One person of an account with what their page shows besides the row: when they were
 * added and when they left the customer (null while active).
 */
public record ContactView(ContactRow contact, Instant createdAt, Instant leftAt) {

}
