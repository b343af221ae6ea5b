-- The report's median wait (issue 18) is of the referrals on a waiting list now, since each was
-- first put on it. Read from the status changes, a year's waiting list at 1M referrals took 0.56 s
-- (one index lookup per referral); kept on the referral, it is read from one index alone.
alter table referral
    add column waitlisted_at timestamp with time zone;

update referral r
set waitlisted_at = w.first
from (select referral_id, min(changed_at) as first
      from referral_status_change
      where status = 'WAITLISTED'
      group by referral_id) w
where w.referral_id = r.id;

-- Kept by the database from the status changes, whoever writes them (the API, an import, the
-- benchmark's loader): the earliest change to WAITLISTED. The application never maps the column,
-- so its updates of a referral leave it alone, and V32's report trigger does not watch it.
create function referral_waitlisted_at() returns trigger
    language plpgsql as
$$
begin
    update referral r
    set waitlisted_at = least(coalesce(r.waitlisted_at, w.first), w.first)
    from (select referral_id, min(changed_at) as first
          from added
          where status = 'WAITLISTED'
          group by referral_id) w
    where w.referral_id = r.id;
    return null;
end;
$$;

create trigger referral_status_change_waitlisted
    after insert on referral_status_change
    referencing new table as added
    for each statement execute function referral_waitlisted_at();

-- The median reads this index alone: the period's referrals on a waiting list, with when.
drop index referral_report_waitlisted;
create index referral_report_waitlisted on referral (sent_at) include (waitlisted_at)
    where status = 'WAITLISTED';
