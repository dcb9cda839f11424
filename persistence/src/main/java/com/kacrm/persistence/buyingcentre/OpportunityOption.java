package com.kacrm.persistence.buyingcentre;

import com.kacrm.domain.playbook.Milestone;

/** One of an account's opportunities, to choose whose buying centre is shown. */
public record OpportunityOption(long id, String name, Milestone milestone) {

}
