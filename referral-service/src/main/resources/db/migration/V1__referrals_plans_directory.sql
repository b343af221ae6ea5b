create table organisation (
    id             uuid primary key,
    alias          varchar(100) not null unique,
    name           varchar(200) not null,
    sector         varchar(20)  not null
        check (sector in ('GP_PRACTICE', 'PCN', 'SOCIAL_CARE', 'VCFSE', 'COMMISSIONER')),
    ods_code       varchar(10),
    charity_number varchar(20),
    company_number varchar(20)
);

create table service (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    name            varchar(200)  not null,
    description     varchar(2000) not null,
    capacity        varchar(20)   not null check (capacity in ('ACCEPTING', 'WAITLIST', 'PAUSED')),
    response_days   integer       not null check (response_days > 0)
);

create table service_category (
    service_id uuid         not null references service (id) on delete cascade,
    position   integer      not null,
    category   varchar(100) not null,
    primary key (service_id, position)
);

create table person (
    id            uuid primary key,
    nhs_number    char(10)     not null unique,
    given_name    varchar(100) not null,
    family_name   varchar(100) not null,
    date_of_birth date         not null
);

create table plan (
    id                 uuid primary key,
    person_id          uuid    not null unique references person (id),
    what_matters_to_me varchar(2000),
    version            bigint  not null default 0
);

create table goal (
    plan_id     uuid                     not null references plan (id) on delete cascade,
    position    integer                  not null,
    id          uuid                     not null unique,
    description varchar(500)             not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(200)             not null,
    primary key (plan_id, position)
);

create table referral (
    id                        uuid primary key,
    person_id                 uuid                     not null references person (id),
    service_id                uuid                     not null references service (id),
    referring_organisation_id uuid                     not null references organisation (id),
    referred_by               varchar(200)             not null,
    reason                    varchar(2000)            not null,
    what_matters_to_me        varchar(2000),
    urgency                   varchar(10)              not null check (urgency in ('ROUTINE', 'URGENT')),
    consent_to_share          boolean                  not null check (consent_to_share),
    status                    varchar(20)              not null,
    sent_at                   timestamp with time zone not null,
    decided_at                timestamp with time zone,
    decline_reason            varchar(30),
    decline_note              varchar(2000),
    version                   bigint                   not null default 0
);

create index referral_by_referrer on referral (referring_organisation_id, sent_at desc);
create index referral_by_service on referral (service_id, sent_at desc);
create index referral_by_person on referral (person_id, sent_at desc);

create table referral_status_change (
    referral_id       uuid                     not null references referral (id) on delete cascade,
    position          integer                  not null,
    status            varchar(20)              not null,
    changed_at        timestamp with time zone not null,
    changed_by        varchar(200)             not null,
    organisation_name varchar(200)             not null,
    note              varchar(2000),
    primary key (referral_id, position)
);
