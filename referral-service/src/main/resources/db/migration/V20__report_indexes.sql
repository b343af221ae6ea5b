-- Reports for commissioners count the referrals sent in a period, all of them or those received by
-- one organisation; these indexes find them by the time they were sent, so a report over a year of
-- a large neighbourhood reads that year's referrals only (drafts, never sent, are never counted).
create index referral_report_by_month on referral (sent_at) where status <> 'DRAFT';
create index referral_report_by_receiver on referral (receiving_organisation_id, sent_at)
    where status <> 'DRAFT';
