package com.kacrm.persistence.approval;

import java.util.List;

import com.kacrm.domain.shared.LocalizedName;

/** The choices of the approval inbox's filters: teams and requesters the viewer sees. */
public record ApprovalChoices(List<Team> teams, List<Person> requesters) {

	/** A team by id and name. */
	public record Team(long id, LocalizedName name) {
	}

	/** Someone who filed a request, by id and name. */
	public record Person(long id, String name) {
	}

}
