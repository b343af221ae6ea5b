-- One batch of referrals (benchmark.count of them, set by the loader), loaded as the API would
-- have left them: people registered by a referring organisation with their agreement, referrals
-- in every status with their timelines, the receiving organisation's consent from each sending,
-- and the list columns. Runs in one transaction; the temporary tables go with it.

-- One person for every four referrals, each registered by the organisation that refers them.
create temporary table batch_person on commit drop as
select g as n, nextval('benchmark.person_number') as number, gen_random_uuid() as id,
       case when r < 0.02 then '00000000-0000-0000-0000-00000000a002'::uuid
            else (select organisation_id from benchmark.referrer
                  where n = floor(r * (select count(*) from benchmark.referrer))::integer) end
           as home,
       now() - random() * interval '3 years' as registered_at
from (select g, random() as r
      from generate_series(1, greatest(1, current_setting('benchmark.count')::integer / 4)) g) drawn;

insert into person (id, nhs_number, given_name, family_name, date_of_birth)
select id, benchmark.nhs_number(number),
       (array['Alex', 'Sam', 'Jo', 'Pat', 'Chris', 'Morgan', 'Robin', 'Kim'])[1 + number % 8],
       (array['Smith', 'Jones', 'Taylor', 'Brown', 'Patel', 'Khan', 'Evans', 'Wilson'])[1 + number / 8 % 8],
       date '1930-01-01' + (number * 7919 % 27000)::integer
from batch_person;

insert into care_team_member (id, person_id, organisation_id, reason, started_at, started_by)
select gen_random_uuid(), id, home, 'REGISTERED', registered_at, 'Benchmark Link Worker'
from batch_person;

insert into consent (id, person_id, organisation_id, scope, recorded_at, recorded_by,
                     recorded_by_organisation_id, valid_until)
select gen_random_uuid(), id, home, 'KEEP_RECORD', registered_at, 'Benchmark Link Worker', home,
       registered_at + interval '10 years'
from batch_person;

-- The referrals: who, to which service, in which status, and when. A waiting referral's deadline
-- is still ahead (the scheduler expires one whose deadline passed: those are the EXPIRED ones);
-- the waiting ones already past their reminder are the overdue ones, reminded.
create temporary table batch_referral on commit drop as
with drawn as materialized (
    select random() as who, random() as what, random() as which, random() as r1, random() as r2,
           random() as r3
    from generate_series(1, current_setting('benchmark.count')::integer)),
picked as (
    select p.id as person_id, p.home, d.*, m.status, m.path,
           case when d.what < 0.010 then '00000000-0000-0000-0000-00000000b001'::uuid
                when d.what < 0.015 then '00000000-0000-0000-0000-00000000b002'::uuid
                when d.what < 0.025 then '00000000-0000-0000-0000-00000000b003'::uuid
                when d.what < 0.027 then '00000000-0000-0000-0000-00000000b004'::uuid
                else (select service_id from benchmark.receiver
                      where n = floor((d.what - 0.027) / 0.973
                                      * (select count(*) from benchmark.receiver))::integer) end
               as service_id
    from drawn d
    join batch_person p
        on p.n = 1 + floor(d.who * (select count(*) from batch_person))::integer
    join benchmark.status_mix m on d.which >= m.share_from and d.which < m.share_to),
timed as (
    select k.*, s.organisation_id as receiving, s.response_days * interval '1.4 days' as window,
           k.r3 < 0.02 and k.status <> 'DRAFT' as self_referral,
           case when k.status = 'DRAFT' then now() - k.r1 * interval '30 days'
                when k.status in ('SENT', 'SEEN')
                    then now() - k.r1 * (s.response_days * interval '1.4 days' - interval '2 hours')
                when k.status in ('WAITLISTED', 'ACCEPTED', 'IN_PROGRESS')
                    then now() - interval '1 day' - k.r1 * interval '180 days'
                else now() - interval '30 days' - k.r1 * interval '730 days' end as sent_at
    from picked k
    join service s on s.id = k.service_id)
select gen_random_uuid() as id, t.person_id, t.service_id, t.receiving,
       case when t.self_referral then null else t.home end as referring,
       t.self_referral, t.status, t.path, t.r2 < 0.1 as urgent, t.r1 as r1,
       t.sent_at as created_at,
       case when t.status <> 'DRAFT' then t.sent_at end as sent_at,
       case when t.status <> 'DRAFT' then t.sent_at + t.window end as respond_by,
       case when t.status = 'DRAFT' then t.sent_at
            when t.status = 'SENT' then t.sent_at
            when t.status = 'EXPIRED' then t.sent_at + t.window
            else t.sent_at + t.r2 * greatest(interval '0',
                 least(now() - t.sent_at - interval '1 hour', interval '90 days'))
           end as last_at
from timed t;

insert into referral (id, person_id, service_id, referring_organisation_id,
                      receiving_organisation_id, self_referral, referred_by, reason, urgency,
                      consent_to_share, status, created_at, sent_at, respond_by, remind_at,
                      reminded_at, decided_at, decline_reason, outcome, list_group, list_order,
                      version)
select r.id, r.person_id, r.service_id, r.referring, r.receiving, r.self_referral,
       case when r.self_referral then 'The person' else 'Benchmark Link Worker' end,
       (array['Lonely since a bereavement and would like company.',
              'Struggling with debts and rent arrears.',
              'Wants to be more active after a heart operation.',
              'Caring for a partner and needs a break.'])[1 + floor(r.r1 * 4)::integer],
       case when r.urgent then 'URGENT' else 'ROUTINE' end,
       r.status <> 'DRAFT', r.status, r.created_at, r.sent_at, r.respond_by,
       r.respond_by - interval '2.8 days',
       case when r.status in ('SENT', 'SEEN') and r.respond_by - interval '2.8 days' < now()
            then r.respond_by - interval '2.8 days' + interval '1 minute' end,
       case when r.path[3] in ('WAITLISTED', 'ACCEPTED', 'DECLINED')
            then r.sent_at + (r.last_at - r.sent_at) * 2 / (cardinality(r.path) - 1) end,
       case when r.status = 'DECLINED'
            then (array['NO_CAPACITY', 'NOT_ELIGIBLE', 'PERSON_DECLINED',
                        'COULD_NOT_CONTACT'])[1 + floor(r.r1 * 4)::integer] end,
       case when r.status = 'COMPLETED' then 'Joined the group and goes every week.' end,
       case when r.status in ('DRAFT', 'SENT', 'SEEN') then 0
            when r.status in ('WAITLISTED', 'ACCEPTED', 'IN_PROGRESS') then 1 else 2 end,
       case when r.status = 'DRAFT' then extract(epoch from r.created_at)::bigint
            when r.status in ('SENT', 'SEEN') then extract(epoch from r.respond_by)::bigint
            else -extract(epoch from r.last_at)::bigint end,
       cardinality(r.path) - 1
from batch_referral r;

-- Each step of the timeline, evenly spaced from the sending to the last change.
insert into referral_status_change (referral_id, position, status, changed_at, changed_by,
                                    organisation_name, note, actor)
select r.id, step.n - 1, step.status,
       case when cardinality(r.path) = 1 then r.created_at
            else r.created_at + (r.last_at - r.created_at) * (step.n - 1) / (cardinality(r.path) - 1)
           end,
       case when step.status = 'EXPIRED' then 'Neighbourhood portal'
            when actor.actor = 'RECEIVER' or step.status = 'SEEN' then 'Benchmark Volunteer'
            when actor.actor = 'PERSON' then 'The person' else 'Benchmark Link Worker' end,
       case when actor.actor = 'RECEIVER' or step.status = 'SEEN' then receiving.name
            when actor.actor = 'REFERRER' then referring.name end,
       case when step.status = 'EXPIRED' then 'No answer by the response deadline' end,
       actor.actor
from batch_referral r
join organisation receiving on receiving.id = r.receiving
left join organisation referring on referring.id = r.referring
cross join lateral unnest(r.path) with ordinality as step(status, n)
cross join lateral (
    -- The portal marks a referral SEEN when someone at the receiving organisation opens it.
    select case when step.status in ('EXPIRED', 'SEEN') then 'SYSTEM'
                when step.status in ('DRAFT', 'SENT', 'WITHDRAWN', 'ENTERED_IN_ERROR')
                    then case when r.self_referral then 'PERSON' else 'REFERRER' end
                else 'RECEIVER' end as actor) actor;

-- Sending a referral records the person's agreement to share with the receiving organisation.
insert into consent (id, person_id, organisation_id, scope, referral_id, recorded_at,
                     recorded_by, recorded_by_organisation_id, valid_until)
select gen_random_uuid(), r.person_id, r.receiving, 'REFERRAL', r.id, r.sent_at,
       'Benchmark Link Worker', coalesce(r.referring, r.receiving), r.sent_at + interval '365 days'
from batch_referral r
where r.status <> 'DRAFT';
