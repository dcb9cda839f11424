-- The opportunity list searches deals by part of their name or their account's name (a case-insensitive
-- "contains"), which only a trigram index serves; the account's name has one since V013.
create index ix_opportunity_name_trgm on opportunity using gin (name gin_trgm_ops);

-- The list and the board filter and sum by owner and team within the viewer's scope (indexed since V012), by
-- milestone and status (V014), and by the estimated amount, which ranges filter and the list sorts by.
create index ix_opportunity_estimated_amount on opportunity (estimated_amount);
