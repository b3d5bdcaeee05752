-- A mail kept back for a listed address was refused in effect: it stays final (never sent on a redelivery).
update mails set status = 'refused' where status = 'suppressed';
alter table mails drop constraint mails_status_known;
alter table mails add constraint mails_status_known check (status in ('sent', 'retrying', 'refused'));
drop table suppressed_addresses;
