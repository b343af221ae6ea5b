-- Deprivation for the equity reports. Each postcode's Lower layer Super Output Area (LSOA), from
-- the ONS Postcode Directory's lsoa11 and lsoa21 columns (either may be missing in a release), and
-- the Index of Multiple Deprivation decile of each LSOA in England, from the English Indices of
-- Deprivation file (one edition at a time: an import replaces the table). An edition is on one
-- LSOA geography, 2011 or 2021; an LSOA that did not change keeps its code in both, so a postcode's
-- decile is the one of whichever of its two codes the edition has.
alter table postcode
    add column lsoa11 varchar(9),
    add column lsoa21 varchar(9);

create table deprivation (
    lsoa       varchar(9) primary key,
    imd_decile smallint   not null check (imd_decile between 1 and 10)
);
