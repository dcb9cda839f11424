-- The deal lists' visibility predicate looks up the viewer's accounts outside the teams they see
-- (owned_account_elsewhere: owner_id = ? and team_id <> all(?)). With an index on the owner alone, PostgreSQL
-- read every account of the owner to test its team: 7 229 heap rows and 18.7 ms for the busiest rep, on every
-- opportunity list and board request. With the team and the id in the index it is an index-only scan: 2.0 ms.
create index ix_account_owner_team on account (owner_id, team_id, id);
-- It serves every lookup by owner that the index of V004 served, which it replaces.
drop index ix_account_owner;

-- A board column is the first 50 visible deals at one milestone by expected signing date. With no index in that
-- order, a prepared statement's generic plan walked the signing dates of every deal and filtered (345 ms for the
-- busiest rep's planning column); in milestone order it walks that milestone's deals only (33 ms; 2-13 ms for the
-- other columns).
create index ix_opportunity_board on opportunity (milestone, expected_signing_date, id);
