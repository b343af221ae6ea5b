-- Short messages between the referrer, the receiver and the person, attached to a referral and
-- shown in its timeline. A message is a record of what was said when: it is added to, never
-- changed or removed.
create table referral_message (
    referral_id       uuid                     not null references referral (id) on delete cascade,
    position          integer                  not null,
    written_at        timestamp with time zone not null,
    written_by        varchar(200)             not null,
    actor             varchar(10)              not null,
    organisation_name varchar(200),
    text              varchar(1000)            not null,
    primary key (referral_id, position),
    constraint referral_message_actor check (actor in ('REFERRER', 'RECEIVER', 'PERSON')),
    constraint referral_message_text check (length(text) between 1 and 1000)
);

create function referral_message_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'referral_message is append-only: % refused', tg_op;
end;
$$;

create trigger referral_message_no_change
    before update on referral_message
    for each row execute function referral_message_is_append_only();
