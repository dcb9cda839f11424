package com.kacrm.persistence.approval;

import com.kacrm.domain.approval.ApprovalRequest;
import com.kacrm.domain.organisation.Role;
import com.kacrm.persistence.account.AccountScope;
import com.kacrm.persistence.opportunity.OpportunityAccess;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and act on which 立项 request (SPEC 1, 6), decided in one place for the
 * screens, the inbox and the API. A request is visible to whoever sees its deal
 * ({@link OpportunityAccess}); otherwise it is "not found" (404). Its requester edits,
 * submits and withdraws it; the manager of the deal's team and admins decide it, but
 * never their own request (403 for others).
 */
@Service
public class ApprovalAccess {

	private final EntityManager entityManager;

	private final OpportunityAccess opportunities;

	ApprovalAccess(EntityManager entityManager, OpportunityAccess opportunities) {
		this.entityManager = entityManager;
		this.opportunities = opportunities;
	}

	/** The viewer's scope; requests are scoped by their deal. */
	@Transactional(readOnly = true)
	public AccountScope scopeOf(Viewer viewer) {
		return this.opportunities.scopeOf(viewer);
	}

	/**
	 * The request, if the viewer may see its deal.
	 * @throws ApprovalNotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	public ApprovalRequest visible(long id, Viewer viewer) {
		return check(this.entityManager.find(ApprovalRequest.class, id), id, viewer);
	}

	/**
	 * The request, locked until the transaction ends, so two actions on it (two managers
	 * deciding at once) run one after the other and the second sees what the first did.
	 * @throws ApprovalNotFoundException when the viewer may not see it
	 */
	@Transactional
	public ApprovalRequest forChange(long id, Viewer viewer) {
		return check(this.entityManager.find(ApprovalRequest.class, id, LockModeType.PESSIMISTIC_WRITE), id, viewer);
	}

	private ApprovalRequest check(ApprovalRequest request, long id, Viewer viewer) {
		if (request == null || !scopeOf(viewer).covers(request.getOpportunity())) {
			throw new ApprovalNotFoundException(id);
		}
		return request;
	}

	/**
	 * Whether the viewer may decide the request: the manager of the deal's team or an
	 * admin, and not its requester.
	 */
	public boolean mayDecide(ApprovalRequest request, Viewer viewer) {
		return !request.isRequester(viewer.actor()) && this.opportunities.mayManage(request.getOpportunity(), viewer);
	}

	/**
	 * @throws NotPermittedException unless the viewer may decide the request
	 */
	public void requireDecide(ApprovalRequest request, Viewer viewer) {
		if (!mayDecide(request, viewer)) {
			throw new NotPermittedException("Not permitted to decide approval request " + request.getId());
		}
	}

	/** Whether the viewer filed the request (and so edits, submits and withdraws it). */
	public boolean isRequester(ApprovalRequest request, Viewer viewer) {
		return request.isRequester(viewer.actor());
	}

	/**
	 * Whether the viewer may withdraw the request: its requester, or an admin on their
	 * behalf.
	 */
	public boolean mayWithdraw(ApprovalRequest request, Viewer viewer) {
		return isRequester(request, viewer) || viewer.role() == Role.ADMIN;
	}

	/**
	 * @throws NotPermittedException unless the viewer filed the request, or withdraws it
	 * as an admin when {@code adminToo}
	 */
	public void requireRequester(ApprovalRequest request, Viewer viewer, boolean adminToo) {
		if (!(adminToo ? mayWithdraw(request, viewer) : isRequester(request, viewer))) {
			throw new NotPermittedException("Only the requester acts on approval request " + request.getId());
		}
	}

}
