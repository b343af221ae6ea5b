-- How long the person agreed to share for (ConsentTerm.Lasts): a year when nobody chose, until
-- the end of a chosen day, or until the referral it was given for is closed.
alter table consent
    add column lasts varchar(30) not null default 'A_YEAR'
        check (lasts in ('A_YEAR', 'UNTIL_DATE', 'UNTIL_REFERRAL_ENDS'));

-- One that ends with its referral is found by the referral when it is closed.
create index consent_by_referral on consent (referral_id) where lasts = 'UNTIL_REFERRAL_ENDS';

-- Closing a referral ends its agreement at that moment, which may be the moment it was recorded.
alter table consent drop constraint consent_check;
alter table consent add constraint consent_ends_after_recorded check (valid_until >= recorded_at);
