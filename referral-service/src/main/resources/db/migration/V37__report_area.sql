-- Reports filtered by a neighbourhood area (issue 18) count the referrals from organisations in it
-- (V36: the referring organisation is the PCN, or belongs to its area; a self-referral is in none).
-- Each counted referral keeps its area ('' for none) and the kept counts are counted by it: the
-- tallies in their key, the cells once for the whole area ('') and again for the referral's area.
alter table report_referral
    add column area varchar(36) not null default '';

alter table report_tally
    add column area varchar(36) not null default '',
    drop constraint report_tally_pkey,
    add primary key (month, service_id, receiving_organisation_id, sector, status, decline_reason,
                     answer, age_band, uses_portal, imd_decile, ethnic_group, sex, area);

-- An organisation moved to another area: its referrals are counted again, there (V32's referral
-- index by referrer finds them). A change of sector still counts everything again.
create function report_organisation_area_changed() returns trigger
    language plpgsql as
$$
begin
    insert into report_change (referral_id)
    select r.id from referral r
    where r.referring_organisation_id = new.id and r.status <> 'DRAFT';
    return null;
end;
$$;

create trigger organisation_area_report_changed
    after update on organisation
    for each row
    when (old.pcn_id is distinct from new.pcn_id)
    execute function report_organisation_area_changed();

-- The next refresh counts every referral again, with its area.
insert into report_change (everything) values (true);
