package com.kacrm.persistence.activity;

import java.util.List;

import com.kacrm.domain.playbook.Milestone;

/**
 * What the activity forms of an account offer to pick from.
 *
 * @param people the account's people still at the customer
 * @param deals its open deals
 * @param colleagues our people who may take part: the enabled reps and managers of the
 * account's team and its manager, without the viewer
 */
public record ActivityChoices(long accountId, String accountName, List<Person> people, List<Deal> deals,
		List<Colleague> colleagues) {

	public ActivityChoices {
		people = List.copyOf(people);
		deals = List.copyOf(deals);
		colleagues = List.copyOf(colleagues);
	}

	/** One of the customer's people. */
	public record Person(long id, String name, String title, String department) {

	}

	/** One open deal. */
	public record Deal(long id, String name, Milestone milestone) {

	}

	/** One of our people. */
	public record Colleague(long id, String name) {

	}

}
