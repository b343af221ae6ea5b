-- A service's contacts, phones and costs as Open Referral UK (HSDS 3) models them: contacts with a
-- name, job title, department and e-mail address, each with its own phones; the service's own
-- phones; cost options with the currency and the dates a price holds. The service keeps its e-mail
-- address, website and fees text, which ORUK's service has too.

alter table service_contact
    add column name       varchar(200),
    add column department varchar(200),
    alter column title drop not null;

-- Phones of the service (contact_id null) and of its contacts, as ORUK's phone table holds both.
-- contact_id is not a foreign key: the service owns both lists and rewrites them together, and a
-- key would make the order Hibernate writes the two lists in matter.
create table service_phone (
    service_id  uuid         not null references service (id) on delete cascade,
    position    integer      not null,
    id          uuid         not null unique,
    contact_id  uuid,
    number      varchar(40)  not null,
    extension   varchar(10),
    type        varchar(20),
    description varchar(200),
    primary key (service_id, position)
);

create index service_phone_by_contact on service_phone (contact_id) where contact_id is not null;

-- The ids the Open Referral export gave these phones until now (Java's UUID.nameUUIDFromBytes of
-- "<owner id>/phone": an MD5 name-based UUID), so a published phone keeps its id.
create function pg_temp.derived_phone_id(owner uuid) returns uuid language sql immutable as
$$
select (substr(h, 1, 12) || '3' || substr(h, 14, 3)
            || substr('89ab', (('x' || substr(h, 17, 1))::bit(4)::int & 3) + 1, 1)
            || substr(h, 18))::uuid
from (select md5(owner::text || '/phone') as h) digest
$$;

-- The service's one phone number first, then its contacts' in their order: nothing is lost.
insert into service_phone (service_id, position, id, contact_id, number)
select s.id, 0, pg_temp.derived_phone_id(s.id), null, s.phone
from service s
where s.phone is not null;

insert into service_phone (service_id, position, id, contact_id, number)
select c.service_id,
       (select count(*) from service s where s.id = c.service_id and s.phone is not null)
           + row_number() over (partition by c.service_id order by c.position) - 1,
       pg_temp.derived_phone_id(c.id),
       c.id,
       c.phone
from service_contact c
where c.phone is not null;

alter table service drop column phone;
alter table service_contact drop column phone;

-- Prices are in pounds (the directory is England's); a price may hold only for a while.
alter table service_cost_option
    add column currency   char(3) not null default 'GBP' check (currency = 'GBP'),
    add column valid_from date,
    add column valid_to   date,
    add constraint service_cost_option_dates check (valid_from is null or valid_to is null
        or valid_from <= valid_to);
