-- Where the CRM e-mails a user (a 立项 request waiting for their decision, their request decided) when SMTP is
-- configured. Optional: without an address the user still gets the notice in the in-app inbox. The format is
-- checked by the domain (Violations.email); the check here only keeps blanks and stray spaces out.
alter table app_user
    add column email varchar(254),
    add constraint ck_app_user_email check (email is null or (email = btrim(email) and email like '%_@_%'));
