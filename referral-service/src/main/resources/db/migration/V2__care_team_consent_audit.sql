-- Who is involved with a person, what they agreed to share with whom, and who looked.

create table care_team_member (
    id              uuid primary key,
    person_id       uuid                     not null references person (id),
    organisation_id uuid                     not null references organisation (id),
    reason          varchar(30)              not null
        check (reason in ('REGISTERED', 'REFERRAL_ACCEPTED', 'ADDED_WITH_AGREEMENT')),
    started_at      timestamp with time zone not null,
    started_by      varchar(200)             not null,
    ended_at        timestamp with time zone,
    ended_by        varchar(200),
    check ((ended_at is null) = (ended_by is null))
);

-- One current membership per organisation; ended ones stay as history.
create unique index care_team_current on care_team_member (person_id, organisation_id)
    where ended_at is null;

create table consent (
    id                          uuid primary key,
    person_id                   uuid                     not null references person (id),
    organisation_id             uuid                     not null references organisation (id),
    scope                       varchar(30)              not null
        check (scope in ('KEEP_RECORD', 'REFERRAL', 'CARE_TEAM')),
    referral_id                 uuid references referral (id),
    recorded_at                 timestamp with time zone not null,
    recorded_by                 varchar(200)             not null,
    recorded_by_organisation_id uuid                     not null references organisation (id),
    valid_until                 timestamp with time zone not null,
    withdrawn_at                timestamp with time zone,
    withdrawn_by                varchar(200),
    check (valid_until > recorded_at),
    check ((withdrawn_at is null) = (withdrawn_by is null))
);

create index consent_by_person on consent (person_id, organisation_id);

create table audit_event (
    id                  uuid primary key,
    occurred_at         timestamp with time zone not null,
    username            varchar(200)             not null,
    display_name        varchar(200)             not null,
    roles               varchar(300)             not null,
    acting_organisation varchar(100),
    operation           varchar(40)              not null,
    action              varchar(10)              not null check (action in ('READ', 'CREATE', 'UPDATE')),
    record_type         varchar(20)              not null,
    record_id           uuid,
    person_id           uuid,
    purpose             varchar(200)             not null,
    outcome             varchar(10)              not null check (outcome in ('ALLOWED', 'DENIED'))
);

create index audit_by_person on audit_event (person_id, occurred_at desc);
create index audit_by_organisation on audit_event (acting_organisation, occurred_at desc);

-- The audit log is append-only: no update, delete or truncate, whoever asks. The application's
-- own role also loses the privileges (an owner could grant them back, which the application never
-- does; in production, run migrations as a separate owner role).
create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end;
$$;

create trigger audit_event_no_change
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

revoke update, delete, truncate on audit_event from current_user;
