-- Sensitive fields of a person: an address, withheld when the record is restricted, and
-- safeguarding notes. Who is shown them is decided by the access policy (access/policy.md).

alter table person
    add column address_lines varchar(520),
    add column postcode      varchar(8),
    add column restricted    boolean not null default false,
    add column version       bigint  not null default 0,
    add constraint person_address_complete check ((address_lines is null) = (postcode is null));

create table safeguarding_note (
    person_id         uuid                     not null references person (id),
    position          integer                  not null,
    id                uuid                     not null unique,
    text              varchar(4000)            not null check (length(btrim(text)) > 0),
    written_at        timestamp with time zone not null,
    written_by        varchar(200)             not null,
    organisation_id   uuid                     not null references organisation (id),
    organisation_name varchar(200)             not null,
    primary key (person_id, position)
);

-- A safeguarding note is a record of what was known when: it is added to, never changed or
-- removed, whoever asks.
create function safeguarding_note_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'safeguarding_note is append-only: % refused', tg_op;
end;
$$;

create trigger safeguarding_note_no_change
    before update or delete on safeguarding_note
    for each row execute function safeguarding_note_is_append_only();

create trigger safeguarding_note_no_truncate
    before truncate on safeguarding_note
    for each statement execute function safeguarding_note_is_append_only();
