-- A sales expense beyond its deal's budget waits for the manager: it now reaches their inbox (notice kind
-- EXPENSE_OVERRUN, about the deal: subject OPPORTUNITY). A request withdrawn by someone else (an admin, the
-- system) now tells its requester (APPROVAL_WITHDRAWN_BY_OTHER).
alter table notice drop constraint ck_notice_kind;
alter table notice add constraint ck_notice_kind check (kind in ('LEAD_SHEET', 'POOL_WARNING', 'POOL_RETURNED',
    'APPROVAL_SUBMITTED', 'APPROVAL_APPROVED', 'APPROVAL_REJECTED', 'APPROVAL_RETURNED', 'APPROVAL_WITHDRAWN',
    'APPROVAL_WITHDRAWN_BY_OTHER', 'EXPENSE_OVERRUN'));

-- The deal page's request panel: a deal's requests, newest first.
create index ix_approval_request_opportunity on approval_request (opportunity_id, created_at desc);

-- The approved-projects report for 市场策划部: the approvals decided in a period.
create index ix_approval_transition_approved on approval_transition (acted_at) where to_status = 'APPROVED';
