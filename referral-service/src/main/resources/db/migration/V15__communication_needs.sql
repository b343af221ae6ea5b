-- The NHS Accessible Information Standard's needs, coded, beside the person's own words on how to
-- communicate with them (plan.communication): the codes of CommunicationNeed, comma-separated in
-- their order ('' for none), and the contact they prefer.
alter table plan
    add column communication_needs varchar(400) not null default '',
    add column preferred_contact   varchar(20)
        check (preferred_contact in ('PHONE', 'EMAIL', 'TEXT', 'LETTER'));
