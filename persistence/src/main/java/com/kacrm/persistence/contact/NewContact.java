package com.kacrm.persistence.contact;

import com.kacrm.domain.contact.ContactDetails;

/**
 * A person to add to an account: what users write about them, the relationship depth
 * (1–5) we have now and, optionally, the contact they report to.
 */
public record NewContact(ContactDetails details, int relationshipDepth, Long reportsToId) {

}
