-- Addresses a mail server refused for good (a 5xx answer: no such mailbox, a refused address): notifications owns
-- this list and attempts no later mail to them, so a dead address is not hammered with every receipt and notice
-- (mail providers count such attempts against the sender). Kept lower-cased; one row per address, from its first
-- refusal. An operator takes an address off the list by deleting its row.
create table suppressed_addresses (
    address        varchar(254) primary key,
    publication_id bigint       not null,
    reason         varchar(600) not null,
    created_at     timestamptz  not null default now(),
    constraint suppressed_addresses_lower_case check (address = lower(address))
);

-- suppressed: not attempted, its address being on the list above (a final status, like sent and refused).
alter table mails drop constraint mails_status_known;
alter table mails add constraint mails_status_known check (status in ('sent', 'retrying', 'refused', 'suppressed'));
