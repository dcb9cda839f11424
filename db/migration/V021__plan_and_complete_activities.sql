-- Activities and visits (客户交往活动, SPEC 7): a visit is planned first (objective, time, place, roles to meet)
-- and completed afterwards (outcome, commitments, next step with its date), or logged at once as done. Our own
-- participants and the purposes of the manual are recorded; a phone invitation (电话邀约) records the manual's
-- three steps, and the appointment it closes with becomes a planned visit.

alter table activity
    add column status             varchar(12)   not null default 'DONE',
    add column lead_id            bigint references lead (id),
    add column duration_minutes   integer       not null default 60,
    add column place              varchar(200),
    add column objective          varchar(1000),
    add column commitments        varchar(1000),
    add column next_step          varchar(500),
    add column next_step_date     date,
    add column next_step_done_at  timestamptz,
    add column step_introduction  boolean       not null default false,
    add column step_benefit       boolean       not null default false,
    add column step_appointment   boolean       not null default false,
    add column source_activity_id bigint references activity (id),
    add column completed_at       timestamptz,
    add column cancel_reason      varchar(500);

-- A planned visit has no outcome yet; a done one has. The calls made while the customer was a lead are kept on
-- the lead, and carried to the account when the lead is converted (both ids are then set).
alter table activity alter column summary drop not null;
alter table activity alter column account_id drop not null;
alter table activity drop constraint ck_activity_summary;
alter table activity
    add constraint ck_activity_status check (status in ('PLANNED', 'DONE', 'CANCELLED')),
    add constraint ck_activity_subject check (account_id is not null or lead_id is not null),
    add constraint ck_activity_summary check (status <> 'DONE' or length(btrim(summary)) > 0),
    add constraint ck_activity_planned_on_account check (status = 'DONE' or account_id is not null),
    add constraint ck_activity_duration check (duration_minutes between 5 and 1440),
    add constraint ck_activity_steps check (type = 'PHONE_INVITATION'
        or not (step_introduction or step_benefit or step_appointment)),
    add constraint ck_activity_next_step check ((next_step is null) = (next_step_date is null)),
    add constraint ck_activity_cancel check ((status = 'CANCELLED') = (cancel_reason is not null));

create table activity_participant (
    activity_id bigint not null references activity (id),
    user_id     bigint not null references app_user (id),
    constraint pk_activity_participant primary key (activity_id, user_id)
);

create index ix_activity_participant_user on activity_participant (user_id);

create table activity_purpose (
    activity_id bigint      not null references activity (id),
    purpose     varchar(24) not null,
    constraint pk_activity_purpose primary key (activity_id, purpose),
    constraint ck_activity_purpose check (purpose in ('RAPPORT', 'INFORMATION', 'COMPETITIVE_EDGE', 'ADVANCE_PROJECT'))
);

create table activity_role_to_meet (
    activity_id bigint      not null references activity (id),
    role        varchar(24) not null,
    constraint pk_activity_role_to_meet primary key (activity_id, role),
    constraint ck_activity_role_to_meet check (role in ('FINAL_APPROVER', 'DECISION_MAKER', 'EVALUATOR', 'END_USER',
        'PURCHASER', 'INITIATOR', 'INFLUENCER'))
);

-- The agenda reads an owner's planned visits and open next steps by date; the cadence reads an account's last
-- contact; a lead's calls are read by lead.
create index ix_activity_owner_planned on activity (owner_id, occurred_at) where status = 'PLANNED';
create index ix_activity_owner_next_step on activity (owner_id, next_step_date)
    where next_step_date is not null and next_step_done_at is null and status = 'DONE';
create index ix_activity_lead on activity (lead_id, occurred_at) where lead_id is not null;
create index ix_activity_source on activity (source_activity_id) where source_activity_id is not null;

-- The last contact of an account: the latest done activity. It is kept on the account by the service that
-- records activities, so the overdue list is one indexed range per tier instead of an aggregate over all of them.
alter table account add column last_contacted_at timestamptz;

update account a set last_contacted_at = (select max(x.occurred_at) from activity x
                                          where x.account_id = a.id and x.status = 'DONE');

create index ix_account_team_last_contact on account (team_id, tier, last_contacted_at);
create index ix_account_owner_last_contact on account (owner_id, last_contacted_at);

-- Milestone 2's three phone-invitation items become rules the data satisfies: a phone invitation logged on the
-- deal with the step done. The manual items they replace are retired, not deleted (ADR 0005).
alter table checklist_item drop constraint ck_checklist_item_automatic_rule;
alter table checklist_item add constraint ck_checklist_item_automatic_rule check (automatic_rule in ('ON_LEAD_SHEET',
    'VISIT_LOGGED', 'CONTACT_IDENTIFIED', 'INITIATION_APPROVED', 'TEAM_FORMED', 'KEY_ROLES_IDENTIFIED',
    'DEEP_CONTACT_ACTIVITY_LOGGED', 'ASSESSMENT_PASSED', 'CONTRACT_RECORDED', 'PAYMENT_RECORDED',
    'PHONE_INTRODUCTION_DONE', 'PHONE_BENEFIT_DONE', 'PHONE_APPOINTMENT_MADE'));

update checklist_item set active = false
where satisfaction = 'MANUAL_WITH_EVIDENCE'
  and text_zh in ('电话邀约·自我介绍：我是谁、我为谁工作、推销的是什么',
                  '电话邀约·晓之以利：我们的服务、如何帮助同类公司、带来的利益',
                  '电话邀约·以约会收尾：自然邀约，确认时间、地点、联系人')
  and milestone_definition_id = (select id from milestone_definition where milestone = 'CALL_AND_VISIT');

update checklist_item set position = position + 3
where milestone_definition_id = (select id from milestone_definition where milestone = 'CALL_AND_VISIT');

insert into checklist_item (milestone_definition_id, position, text_zh, text_en, mandatory, satisfaction, automatic_rule)
select d.id, v.position, v.text_zh, v.text_en, true, 'AUTOMATIC', v.automatic_rule
from (values
    (1, '电话邀约·自我介绍：我是谁、我为谁工作、推销的是什么（记录的电话邀约）', 'Phone invitation, introduce yourself: who I am, whom I work for, what I offer (a logged phone invitation)', 'PHONE_INTRODUCTION_DONE'),
    (2, '电话邀约·晓之以利：我们的服务、如何帮助同类公司、带来的利益（记录的电话邀约）', 'Phone invitation, show the benefit: our services, how we helped similar companies, what they gained (a logged phone invitation)', 'PHONE_BENEFIT_DONE'),
    (3, '电话邀约·以约会收尾：确认时间、地点、联系人（约定的拜访已计划）', 'Phone invitation, close with an appointment: time, place and contact confirmed (the visit is planned)', 'PHONE_APPOINTMENT_MADE')
) as v (position, text_zh, text_en, automatic_rule),
     milestone_definition d
where d.milestone = 'CALL_AND_VISIT';

-- The calendar feed (iCalendar) of a user's planned visits, for phone calendars that cannot sign in: the feed URL
-- carries a random secret; only its SHA-256 is kept, so the table reveals no feed. One feed per user; the user
-- revokes it by deleting it or replaces it by a new one.
create table calendar_feed (
    id         bigint generated by default as identity primary key,
    user_id    bigint      not null references app_user (id),
    token_hash varchar(64) not null,
    created_at timestamptz not null,
    constraint uk_calendar_feed_user unique (user_id),
    constraint uk_calendar_feed_token unique (token_hash)
);
