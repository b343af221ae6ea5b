-- Reports over years of referrals read counts kept ahead of time, never the referrals themselves
-- (issue 18). report_tally holds how many referrals share one value of every heading a report counts
-- or filters by, per month; report_referral remembers, for each referral sent, the headings it is
-- counted under now, so that a change is counted as one taken away there and one added where it
-- now belongs. report_change lists what changed since the last refresh: the triggers below add to
-- it in the same transaction as the change, and the refresh (the scheduler, or a report about to be
-- read) takes what it finds, so nothing is counted twice or missed.
--
-- The headings are kept without nulls, so that each has one key: '' for no referring organisation
-- (a self-referral) and for no decline reason, 0 for no deprivation decile; the ethnic group is
-- NOT_RECORDED when the person has no ethnic category (V31).
create table report_referral (
    referral_id               uuid primary key,
    person_id                 uuid        not null,
    month                     date        not null,
    service_id                uuid        not null,
    receiving_organisation_id uuid        not null,
    sector                    varchar(20) not null,
    status                    varchar(20) not null,
    decline_reason            varchar(30) not null,
    answer                    varchar(7)  not null,
    age_band                  varchar(12) not null,
    uses_portal               boolean     not null,
    imd_decile                smallint    not null,
    ethnic_group              varchar(12) not null,
    reminded                  boolean     not null
);

create table report_tally (
    month                     date        not null,
    service_id                uuid        not null,
    receiving_organisation_id uuid        not null,
    sector                    varchar(20) not null,
    status                    varchar(20) not null,
    decline_reason            varchar(30) not null,
    answer                    varchar(7)  not null,
    age_band                  varchar(12) not null,
    uses_portal               boolean     not null,
    imd_decile                smallint    not null,
    ethnic_group              varchar(12) not null,
    referrals                 bigint      not null,
    reminded                  bigint      not null,
    primary key (month, service_id, receiving_organisation_id, sector, status, decline_reason,
                 answer, age_band, uses_portal, imd_decile, ethnic_group)
);

-- An organisation's own report reads its months only.
create index report_tally_by_receiver on report_tally (receiving_organisation_id, month);

-- What changed: a referral (sent, answered, moved, deleted), a person whose age, postcode, ethnic
-- category or use of the portal a report counts, or everything (the postcode directory, the
-- deprivation file or an organisation's sector changed: a rebuild, rare).
create table report_change (
    seq         bigserial primary key,
    referral_id uuid,
    person_id   uuid,
    everything  boolean not null default false
);

create function report_referrals_added() returns trigger
    language plpgsql as
$$
begin
    insert into report_change (referral_id) select id from added where status <> 'DRAFT';
    return null;
end;
$$;

create function report_referral_changed() returns trigger
    language plpgsql as
$$
begin
    insert into report_change (referral_id) values (coalesce(new.id, old.id));
    return null;
end;
$$;

create function report_person_changed() returns trigger
    language plpgsql as
$$
begin
    insert into report_change (person_id) values (new.person_id);
    return null;
end;
$$;

create function report_person_record_changed() returns trigger
    language plpgsql as
$$
begin
    insert into report_change (person_id) values (new.id);
    return null;
end;
$$;

create function report_everything_changed() returns trigger
    language plpgsql as
$$
begin
    insert into report_change (everything) values (true);
    return null;
end;
$$;

-- Many referrals at once (an import, the benchmark's loader): one statement-level trigger.
create trigger referral_report_added
    after insert on referral
    referencing new table as added
    for each statement execute function report_referrals_added();

create trigger referral_report_changed
    after update on referral
    for each row
    when (old.status is distinct from new.status
        or old.sent_at is distinct from new.sent_at
        or old.respond_by is distinct from new.respond_by
        or old.decided_at is distinct from new.decided_at
        or old.decline_reason is distinct from new.decline_reason
        or old.reminded_at is distinct from new.reminded_at
        or old.service_id is distinct from new.service_id
        or old.referring_organisation_id is distinct from new.referring_organisation_id
        or old.receiving_organisation_id is distinct from new.receiving_organisation_id
        or old.person_id is distinct from new.person_id)
    execute function report_referral_changed();

create trigger referral_report_deleted
    after delete on referral
    for each row
    when (old.status <> 'DRAFT')
    execute function report_referral_changed();

create trigger person_report_changed
    after update on person
    for each row
    when (old.date_of_birth is distinct from new.date_of_birth
        or old.postcode is distinct from new.postcode
        or old.ethnic_category is distinct from new.ethnic_category)
    execute function report_person_record_changed();

-- Whether a person uses the portal: their first allowed /me operation (the audit is append-only,
-- so once counted as using it, always).
create trigger audit_event_report_portal
    after insert on audit_event
    for each row
    when (new.person_id is not null and new.outcome = 'ALLOWED' and new.operation like 'me.%')
    execute function report_person_changed();

create trigger postcode_report_changed
    after insert or update or delete or truncate on postcode
    for each statement execute function report_everything_changed();

create trigger deprivation_report_changed
    after insert or update or delete or truncate on deprivation
    for each statement execute function report_everything_changed();

create trigger organisation_report_changed
    after update on organisation
    for each row
    when (old.sector is distinct from new.sector)
    execute function report_everything_changed();

-- The first refresh counts every referral already sent.
insert into report_change (everything) values (true);

-- The median wait of the referrals on a waiting list now reads those only, by the time sent.
create index referral_report_waitlisted on referral (sent_at) where status = 'WAITLISTED';

-- How many different people the period's referrals are about (the outcomes' whole) is the one
-- figure no count can keep: this index answers it on its own (index-only), with the service for
-- a report filtered by a category.
create index referral_report_by_month_with_people on referral (sent_at) include (person_id, service_id)
    where status <> 'DRAFT';
