-- A person's sex (NHS Data Dictionary "Person Stated Gender Code": 1 male, 2 female, 9
-- indeterminate, X not known), for the equity reports (issue 18). Optional, like the ethnic
-- category (V31): null is "not recorded", which is not the same as 'X' (the person was asked and
-- would rather not say). Recorded by the person themselves, or by a member of staff with the
-- person's agreement (their name and organisation are kept); cleared by the person. Its own
-- version, so a change to it does not conflict with changes to the rest.
alter table person
    add column sex                       varchar(1)
        check (sex in ('1', '2', '9', 'X')),
    add column sex_source                varchar(24)
        check (sex_source in ('PERSON', 'STAFF_WITH_AGREEMENT')),
    add column sex_recorded_by           varchar(200),
    add column sex_recorder_organisation varchar(200),
    add column sex_recorded_at           timestamptz,
    add column sex_version               bigint not null default 0,
    add constraint person_sex_recorded check (
        (sex is null and sex_source is null and sex_recorded_at is null
            and sex_recorded_by is null)
        or (sex is not null and sex_recorded_at is not null
            and (sex_source = 'PERSON' and sex_recorded_by is null
                 or sex_source = 'STAFF_WITH_AGREEMENT' and sex_recorded_by is not null)));

-- The reports count by it (V32's kept counts): every referral counted so far is NOT_RECORDED, as
-- nobody had one; the refresh below recounts them all anyway.
alter table report_referral
    add column sex varchar(13) not null default 'NOT_RECORDED';

alter table report_tally
    add column sex varchar(13) not null default 'NOT_RECORDED',
    drop constraint report_tally_pkey,
    add primary key (month, service_id, receiving_organisation_id, sector, status, decline_reason,
                     answer, age_band, uses_portal, imd_decile, ethnic_group, sex);

-- A change of sex is counted again, like a change of ethnic category.
drop trigger person_report_changed on person;

create trigger person_report_changed
    after update on person
    for each row
    when (old.date_of_birth is distinct from new.date_of_birth
        or old.postcode is distinct from new.postcode
        or old.ethnic_category is distinct from new.ethnic_category
        or old.sex is distinct from new.sex)
    execute function report_person_record_changed();

-- The next refresh recounts every referral under its sex.
insert into report_change (everything) values (true);
