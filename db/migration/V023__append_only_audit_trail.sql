-- The audit trail: every create, update and delete of a business row, and the security events the application
-- reports itself (login, failed login, logout, export), in one append-only table.
--
-- Row changes are written by a trigger on each business table, so no path escapes it: JPA, JdbcClient bulk
-- statements, scheduled jobs, and a DBA's hand-made UPDATE alike. The application tells the trigger who acts by
-- the session settings crm.actor_id / crm.actor_name (set on each connection it takes from the pool, see
-- AuditActorDataSource); a change without them is recorded as the database user ("db:postgres").
--
-- history_entry stays what users read on a record's history tab (translated field names, reasons); this table is
-- what an auditor reads: raw columns, UTC times, nothing ever rewritten.

create table audit_event (
    id           bigint generated always as identity primary key,
    -- clock_timestamp, not now(): two events of one transaction keep their order and real time. Stored as UTC.
    occurred_at  timestamptz  not null default clock_timestamp(),
    -- No foreign key: the trail must outlive anything it mentions and never block a delete elsewhere.
    actor_id     bigint,
    actor_name   varchar(100) not null,
    action       varchar(24)  not null,
    -- The table of a row change (e.g. "opportunity"), or "session" / "export" for application events.
    subject_type varchar(64)  not null,
    subject_id   bigint,
    field        varchar(64),
    old_value    text,
    new_value    text,
    -- Application events: the request path and query of an export, the client address of a login.
    detail       varchar(2000),
    -- Groups the rows of one transaction (a milestone move writes the deal, the move and the ticks).
    tx_id        bigint       not null default txid_current(),
    constraint ck_audit_event_action check (action in (
        'CREATE', 'UPDATE', 'DELETE', 'MILESTONE_MOVE', 'STATUS_CHANGE', 'APPROVAL_DECISION', 'TIER_CHANGE',
        'POOL_CLAIM', 'POOL_RETURN', 'ASSIGN', 'LOGIN', 'LOGIN_FAILED', 'LOGOUT', 'EXPORT'))
);

create index ix_audit_event_occurred on audit_event (occurred_at desc, id desc);
create index ix_audit_event_subject on audit_event (subject_type, subject_id, id desc);
create index ix_audit_event_actor on audit_event (actor_id, id desc);
create index ix_audit_event_action on audit_event (action, id desc);

comment on table audit_event is 'Append-only audit trail: UPDATE, DELETE and TRUNCATE are refused by triggers.';

-- Append-only. The triggers refuse every role, the table's owner and a superuser included (only disabling the
-- trigger, which is itself a DDL change an auditor sees, gets past them). Privileges are revoked on top, so that
-- an application role set up as in docs/operations.md (INSERT and SELECT only) is refused by PostgreSQL itself.
create function audit_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger tg_audit_event_no_update_delete
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger tg_audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();

revoke update, delete, truncate on audit_event from public;

-- The action a changed column stands for. Most changes are plain UPDATEs; a few are named because auditors ask for
-- them by name: milestone moves, approval decisions, tier changes, claims and returns of the lead pool.
create function audit_action_of(p_table text, p_field text, p_old text, p_new text, p_actor bigint)
    returns varchar(24)
    language sql immutable as
$$
select case
    when p_table = 'opportunity' and p_field = 'milestone' then 'MILESTONE_MOVE'
    when p_table = 'opportunity' and p_field = 'status' then 'STATUS_CHANGE'
    when p_table = 'approval_request' and p_field = 'status'
        and p_new in ('APPROVED', 'REJECTED', 'RETURNED') then 'APPROVAL_DECISION'
    when p_table = 'approval_request' and p_field = 'status' then 'STATUS_CHANGE'
    when p_table = 'account' and p_field = 'tier' then 'TIER_CHANGE'
    when p_table = 'lead' and p_field = 'owner_id' and p_new is null then 'POOL_RETURN'
    when p_table = 'lead' and p_field = 'owner_id' and p_old is null and p_new = p_actor::text then 'POOL_CLAIM'
    when p_table = 'lead' and p_field = 'owner_id' then 'ASSIGN'
    when p_table = 'lead' and p_field = 'status' then 'STATUS_CHANGE'
    else 'UPDATE'
end::varchar(24)
$$;

-- One trigger function for every audited table. Secrets never reach the trail: hashes of passwords and calendar
-- tokens are written as '***'. The optimistic-lock version is bookkeeping, not a change, and is left out.
create function audit_row_change() returns trigger
    language plpgsql as
$$
declare
    v_actor_id   bigint := nullif(current_setting('crm.actor_id', true), '')::bigint;
    v_actor_name text   := coalesce(nullif(current_setting('crm.actor_name', true), ''), 'db:' || session_user);
    v_old        jsonb;
    v_new        jsonb;
    v_secret     text[] := array ['password_hash', 'token_hash'];
    v_key        text;
begin
    if tg_op = 'INSERT' then
        v_new := jsonb_strip_nulls(to_jsonb(new));
        foreach v_key in array v_secret loop
            if v_new ? v_key then v_new := jsonb_set(v_new, array [v_key], '"***"'); end if;
        end loop;
        insert into audit_event (actor_id, actor_name, action, subject_type, subject_id, new_value)
        values (v_actor_id, left(v_actor_name, 100), 'CREATE', tg_table_name, (v_new ->> 'id')::bigint,
                v_new::text);
        return new;
    elsif tg_op = 'DELETE' then
        v_old := jsonb_strip_nulls(to_jsonb(old));
        foreach v_key in array v_secret loop
            if v_old ? v_key then v_old := jsonb_set(v_old, array [v_key], '"***"'); end if;
        end loop;
        insert into audit_event (actor_id, actor_name, action, subject_type, subject_id, old_value)
        values (v_actor_id, left(v_actor_name, 100), 'DELETE', tg_table_name, (v_old ->> 'id')::bigint,
                v_old::text);
        return old;
    end if;
    v_old := to_jsonb(old);
    v_new := to_jsonb(new);
    insert into audit_event (actor_id, actor_name, action, subject_type, subject_id, field, old_value, new_value)
    select v_actor_id, left(v_actor_name, 100),
           audit_action_of(tg_table_name, c.key, v_old ->> c.key, v_new ->> c.key, v_actor_id),
           tg_table_name, (v_new ->> 'id')::bigint, c.key,
           case when c.key = any (v_secret) then '***' else v_old ->> c.key end,
           case when c.key = any (v_secret) then '***' else v_new ->> c.key end
    from jsonb_each(v_new) c
    where c.key <> 'version'
      and c.value is distinct from v_old -> c.key;
    return new;
end;
$$;

-- Attaches the trail to a table; later migrations call it for the tables they create.
create function audit_attach(p_table regclass) returns void
    language plpgsql as
$$
begin
    execute format('create trigger tg_audit_row after insert or update or delete on %s '
                       || 'for each row execute function audit_row_change()', p_table);
end;
$$;

-- Every business table. Left out: the trail itself, history_entry (already a trail of the same changes in the
-- users' words), Flyway's table and lead_number_counter (a sequence kept as a row).
select audit_attach(t::regclass)
from unnest(array [
    'role', 'region', 'team', 'app_user', 'industry', 'lead_source', 'tier_criteria', 'tier_criterion', 'account',
    'lead', 'milestone_definition', 'checklist_item', 'value_model', 'value_model_weight', 'pool_rule', 'notice',
    'lead_distribution', 'lead_distribution_lead', 'lead_pool_release', 'opportunity', 'value_assessment',
    'value_assessment_score', 'contact', 'influence_line', 'buying_centre_member', 'swot', 'competitor',
    'account_competitor', 'opportunity_competitor', 'milestone_move', 'checklist_tick', 'opportunity_team_member',
    'opportunity_assessment', 'opportunity_assessment_answer', 'opportunity_payment', 'activity',
    'activity_contact', 'approval_request', 'approval_key_person', 'approval_competitor', 'approval_team_member',
    'approval_transition', 'sales_expense', 'activity_participant', 'activity_purpose', 'activity_role_to_meet',
    'calendar_feed', 'industry_note']) t;
