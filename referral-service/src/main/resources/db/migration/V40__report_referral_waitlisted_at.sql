-- The median wait by equity heading (issue 18) is of the referrals on a waiting list now, under
-- what each was last counted (report_referral). Joining a year's waiting list (30,000 referrals at
-- 1M) to report_referral one lookup at a time took 0.2 s, the largest new cost of the report.
-- report_referral now keeps when each was first put on the list (V38's referral.waitlisted_at), so
-- the medians read one partial index of report_referral alone, and count the same referrals as
-- the report's own count on a waiting list (both as of the last count).
alter table report_referral
    add column waitlisted_at timestamp with time zone;

update report_referral f
set waitlisted_at = r.waitlisted_at
from referral r
where r.id = f.referral_id
  and r.waitlisted_at is not null;

-- A change of when a referral was first put on the list (V38's trigger, from a status change
-- written apart from the referral's own update, say by an import) is counted again.
drop trigger referral_report_changed on referral;

create trigger referral_report_changed
    after update on referral
    for each row
    when (old.status is distinct from new.status
        or old.sent_at is distinct from new.sent_at
        or old.respond_by is distinct from new.respond_by
        or old.decided_at is distinct from new.decided_at
        or old.decline_reason is distinct from new.decline_reason
        or old.reminded_at is distinct from new.reminded_at
        or old.waitlisted_at is distinct from new.waitlisted_at
        or old.service_id is distinct from new.service_id
        or old.referring_organisation_id is distinct from new.referring_organisation_id
        or old.receiving_organisation_id is distinct from new.receiving_organisation_id
        or old.person_id is distinct from new.person_id)
    execute function report_referral_changed();

create index report_referral_waitlisted on report_referral (month)
    include (waitlisted_at, imd_decile, age_band, sex, ethnic_group, uses_portal, service_id,
             receiving_organisation_id, area)
    where status = 'WAITLISTED';
