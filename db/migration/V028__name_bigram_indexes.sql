-- A name search of two characters (金凯, 华东) is the common case for Chinese names, and the trigram indexes of
-- V013 and V015 cannot serve it: a pattern shorter than three characters has no trigram, so PostgreSQL read every
-- visible deal at the milestone and joined it to its account to test both names (80-110 ms for the busiest rep,
-- about 1 s under 32 users; docs/performance.md).
--
-- name_bigrams(text) is the set of two-character pieces of a text, lower-cased as ILIKE compares (under UTF-8
-- PostgreSQL's ILIKE lower-cases both sides with lower()). A name that contains a keyword contains every piece of
-- the keyword, so "pieces of the name include the pieces of the keyword" is a necessary condition that a GIN
-- index answers; the ILIKE stays as the exact test. A keyword of one character has no pieces and is not helped.
create function name_bigrams(name text) returns text[]
    language sql immutable strict parallel safe
    return array(select distinct substr(lower(name), i, 2)
                 from generate_series(1, char_length(name) - 1) as i);

create index ix_opportunity_name_bigrams on opportunity using gin (name_bigrams(name));
create index ix_account_name_bigrams on account using gin (name_bigrams(name));

-- Statistics of the new expressions, so the planner sees how common each piece is.
analyze opportunity;
analyze account;
