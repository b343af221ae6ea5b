-- One service directory for NHS, council and VCFSE services, in the shape of Open Referral UK:
-- categories from a taxonomy, eligibility, locations with postcodes, contacts, opening times,
-- costs, languages, how to get in, and when the entry was last confirmed.

-- Organisations: what the directory shows of them. An organisation imported from an Open Referral
-- feed is listed, not onboarded: nobody in it signs in, so its services are signpost only.
alter table organisation
    add column description varchar(2000),
    add column email       varchar(320),
    add column website     varchar(500),
    add column onboarded   boolean not null default true;

-- Taxonomies and their terms (ORUK taxonomy, taxonomy_term). Categories were free text.
create table taxonomy (
    id          uuid primary key,
    name        varchar(200)  not null,
    description varchar(2000) not null,
    uri         varchar(500),
    version     varchar(50)
);

create table taxonomy_term (
    id          uuid primary key,
    taxonomy_id uuid          not null references taxonomy (id),
    name        varchar(200)  not null,
    description varchar(2000) not null,
    code        varchar(100),
    parent_id   uuid references taxonomy_term (id),
    term_uri    varchar(500)
);

create index taxonomy_term_by_taxonomy on taxonomy_term (taxonomy_id, name);

insert into taxonomy (id, name, description, version) values
    ('6f1d2c3a-0000-4000-8000-000000000001', 'Neighbourhood categories',
     'What a service helps with, in the words link workers and people use.', '1');

insert into taxonomy_term (id, taxonomy_id, name, description)
select distinct md5('neighbourhood-category:' || lower(category))::uuid,
       '6f1d2c3a-0000-4000-8000-000000000001'::uuid, category, category
from service_category;

create table service_taxonomy_term (
    service_id       uuid    not null references service (id) on delete cascade,
    position         integer not null,
    taxonomy_term_id uuid    not null references taxonomy_term (id),
    primary key (service_id, position)
);

create index service_taxonomy_term_by_term on service_taxonomy_term (taxonomy_term_id, service_id);

insert into service_taxonomy_term (service_id, position, taxonomy_term_id)
select service_id, position, md5('neighbourhood-category:' || lower(category))::uuid
from service_category;

drop table service_category;

-- The service's own Open Referral fields. accepts_referrals false and accepts_self_referral false
-- is "signpost only": people are told about it and contact it themselves.
alter table service
    add column url                 varchar(500),
    add column email               varchar(320),
    add column phone               varchar(40),
    add column min_age             integer check (min_age between 0 and 150),
    add column max_age             integer check (max_age between 0 and 150),
    add column eligibility         varchar(2000),
    add column area                varchar(500),
    add column fees                varchar(1000),
    add column accepts_referrals   boolean                  not null default true,
    add column categories_text     varchar(2000)            not null default '',
    add column last_confirmed_at   timestamp with time zone not null default now(),
    add column last_confirmed_by   varchar(200),
    add column stale_notified_at   timestamp with time zone,
    add column modified_at         timestamp with time zone not null default now(),
    add constraint service_age_range check (min_age is null or max_age is null or min_age <= max_age);

update service s
set categories_text = coalesce((select string_agg(t.name, ' ' order by st.position)
                                from service_taxonomy_term st
                                         join taxonomy_term t on t.id = st.taxonomy_term_id
                                where st.service_id = s.id), '');

-- Free-text search: the name weighs most, then the categories, then the description.
alter table service
    add column search_vector tsvector generated always as (
        setweight(to_tsvector('english', name), 'A')
            || setweight(to_tsvector('english', categories_text), 'B')
            || setweight(to_tsvector('english', description), 'C')) stored;

create index service_search on service using gin (search_vector);
create index service_by_organisation on service (organisation_id, name);
create index service_not_confirmed on service (last_confirmed_at);

-- Opening times (ORUK schedule: weekly, on some days, from and to).
create table service_schedule (
    service_id  uuid         not null references service (id) on delete cascade,
    position    integer      not null,
    id          uuid         not null unique,
    by_day      varchar(40)  not null,
    opens_at    time,
    closes_at   time,
    description varchar(500),
    primary key (service_id, position),
    check (opens_at is null or closes_at is null or opens_at < closes_at)
);

-- Contacts are roles of the service (a reception desk, a duty line), never named people.
create table service_contact (
    service_id uuid         not null references service (id) on delete cascade,
    position   integer      not null,
    id         uuid         not null unique,
    title      varchar(200) not null,
    email      varchar(320),
    phone      varchar(40),
    primary key (service_id, position)
);

create table service_cost_option (
    service_id         uuid          not null references service (id) on delete cascade,
    position           integer       not null,
    id                 uuid          not null unique,
    option             varchar(200),
    amount             numeric(10, 2) check (amount >= 0),
    amount_description varchar(200),
    primary key (service_id, position)
);

create table service_language (
    service_id uuid         not null references service (id) on delete cascade,
    position   integer      not null,
    id         uuid         not null unique,
    name       varchar(100) not null,
    code       varchar(10),
    primary key (service_id, position)
);

-- Where a service is given (ORUK location with one physical address, and service_at_location).
create table location (
    id             uuid primary key,
    name           varchar(200),
    description    varchar(2000),
    address_1      varchar(200),
    city           varchar(100),
    state_province varchar(100),
    postcode       varchar(8),
    country        char(2)      not null default 'GB',
    latitude       double precision check (latitude between -90 and 90),
    longitude      double precision check (longitude between -180 and 180),
    check ((latitude is null) = (longitude is null))
);

create table service_at_location (
    service_id  uuid    not null references service (id) on delete cascade,
    position    integer not null,
    id          uuid    not null unique,
    location_id uuid    not null references location (id),
    primary key (service_id, position)
);

create index service_at_location_by_location on service_at_location (location_id);

-- Postcode positions from the ONS Postcode Directory (open data), imported by an operator.
-- Postcodes are upper case with one space ("NG1 5AB"), as ONSPD's pcds column has them.
create table postcode (
    postcode  varchar(8) primary key,
    latitude  double precision not null check (latitude between -90 and 90),
    longitude double precision not null check (longitude between -180 and 180)
);
