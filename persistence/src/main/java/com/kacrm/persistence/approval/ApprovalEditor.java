package com.kacrm.persistence.approval;

import java.util.List;

import com.kacrm.domain.approval.ApprovalForm;
import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;

/**
 * What the request form needs: the form (prefilled from the deal, its account and org
 * chart for a new request), and the choices — the account's people with the role,
 * attitude and support they have on this deal, the competitors, and our people who may
 * join the deal's team.
 *
 * @param requestId the request being edited, or null for a new one
 * @param version its version, or -1 for a new one
 */
public record ApprovalEditor(Long requestId, long version, long opportunityId, String opportunityName,
		String accountName, ApprovalForm form, List<PersonChoice> people, List<Choice> competitors,
		List<Choice> workers) {

	/**
	 * One of the account's people; role, attitude and support as on this deal's buying
	 * centre. People who left are offered only when the request names them already
	 * ({@code left}), so revising a request never drops them silently.
	 */
	public record PersonChoice(long id, String name, String title, BuyingRole role, Attitude attitude, Support support,
			boolean left) {
	}

	/** A competitor or one of our people, by id and name. */
	public record Choice(long id, String name) {
	}

}
