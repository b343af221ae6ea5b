-- A person's ethnic category (NHS Data Dictionary "Ethnic Category", the 2001 census codes), for
-- the equity reports. Optional: null is "not recorded", which is not the same as 'Z' ("not
-- stated": the person was asked and chose not to say). Recorded by the person themselves, or by a
-- member of staff with the person's agreement (their name and organisation are kept); cleared by
-- the person. Its own version, so a change to it does not conflict with changes to the rest.
alter table person
    add column ethnic_category                 varchar(1)
        check (ethnic_category in ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N',
                                   'P', 'R', 'S', 'Z')),
    add column ethnicity_source                varchar(24)
        check (ethnicity_source in ('PERSON', 'STAFF_WITH_AGREEMENT')),
    add column ethnicity_recorded_by           varchar(200),
    add column ethnicity_recorder_organisation varchar(200),
    add column ethnicity_recorded_at           timestamptz,
    add column ethnicity_version               bigint not null default 0,
    add constraint person_ethnicity_recorded check (
        (ethnic_category is null and ethnicity_source is null and ethnicity_recorded_at is null
            and ethnicity_recorded_by is null)
        or (ethnic_category is not null and ethnicity_recorded_at is not null
            and (ethnicity_source = 'PERSON' and ethnicity_recorded_by is null
                 or ethnicity_source = 'STAFF_WITH_AGREEMENT' and ethnicity_recorded_by is not null)));
