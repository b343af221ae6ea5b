-- A report of the whole area, or of one category, reads the cells of its tables kept by month
-- (report_cell): a few hundred rows a month whatever the number of referrals, where V32's
-- report_tally holds up to one row per referral when the referrals differ in every heading (issue
-- 18: a year unfiltered read about as many kept rows as referrals, 3.1 s at 1M). report_tally stays
-- for a receiving organisation's report, read by its own index.
--
-- A cell is one table's (layout's) row and column, as the headings' codes the service shows
-- (reporting/entity/Dimension), for the referrals sent in one month, counted for the whole area
-- (category '') and again for each category their service has in any place (a report filtered by
-- a category counts those), and for the whole area (area '') only until areas are kept.
create table report_cell (
    month       date        not null,
    area        varchar(36) not null,
    category    varchar(36) not null,
    layout      varchar(40) not null,
    row_code    varchar(40) not null,
    column_code varchar(40) not null,
    referrals   bigint      not null,
    reminded    bigint      not null,
    primary key (area, category, month, layout, row_code, column_code)
);

-- What each referral was counted under, so that it is taken away from the same cells even after
-- its service's categories changed: its service's first category ('' for none) and all of them.
alter table report_referral
    add column first_category varchar(36) not null default '',
    add column categories     uuid[]      not null default '{}';

-- A service's categories changed (the directory, an import): its referrals are counted again.
alter table report_change
    add column service_id uuid;

create function report_service_changed() returns trigger
    language plpgsql as
$$
begin
    insert into report_change (service_id) values (coalesce(new.service_id, old.service_id));
    return null;
end;
$$;

create trigger service_taxonomy_term_report_changed
    after insert or update or delete on service_taxonomy_term
    for each row execute function report_service_changed();

-- The next refresh counts every referral again, into the cells too.
insert into report_change (everything) values (true);

-- A refresh deletes the counts it took down to nothing: found by these, not by reading every count.
create index report_tally_emptied on report_tally (month) where referrals = 0;
create index report_cell_emptied on report_cell (month) where referrals = 0;
