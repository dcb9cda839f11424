-- The reasons people write on deals (a move back or past a closed gate, a lost or held deal: up to 1000
-- characters; a tick's evidence; a visit's summary: up to 2000) are kept with the history entry they explain.
alter table history_entry alter column reason type varchar(2000);
