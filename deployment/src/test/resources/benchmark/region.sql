-- A neighbourhood region for the benchmark, beside the demo organisations: 90 referring
-- organisations (GP practices, primary care networks, social care), 210 VCFSE organisations with
-- two services each, and the tables the referral loader draws from. Kept in its own schema.
create schema benchmark;

insert into organisation (id, alias, name, sector, ods_code, charity_number, referrals_email)
select ('00000000-0000-0000-0001-' || lpad(to_hex(i), 12, '0'))::uuid,
       'bench-org-' || i,
       case when i <= 60 then 'Bench Surgery ' || i
            when i <= 80 then 'Bench Primary Care Network ' || i
            when i <= 90 then 'Bench Adult Social Care ' || i
            else 'Bench Community Group ' || i end,
       case when i <= 60 then 'GP_PRACTICE' when i <= 80 then 'PCN'
            when i <= 90 then 'SOCIAL_CARE' else 'VCFSE' end,
       case when i <= 80 then 'B' || lpad(i::text, 5, '0') end,
       case when i > 90 then (2000000 + i)::text end,
       'referrals@bench-org-' || i || '.example'
from generate_series(1, 300) i;

insert into service (id, organisation_id, name, description, capacity, response_days)
select ('00000000-0000-0000-0002-' || lpad(to_hex(i * 2 + k), 12, '0'))::uuid,
       ('00000000-0000-0000-0001-' || lpad(to_hex(i), 12, '0'))::uuid,
       (array['Befriending', 'Debt advice', 'Walking group', 'Carers support', 'Food bank',
              'Housing advice', 'Men''s shed', 'Digital skills'])[1 + (i * 2 + k) % 8] || ' ' || i,
       'A service of the benchmark region.',
       'ACCEPTING',
       5 + (i * 2 + k) % 11
from generate_series(91, 300) i, generate_series(0, 1) k;

-- Who refers: the demo organisations the benchmark users act for hold a realistic share (a
-- primary care network refers more than one practice), the rest is spread over the region.
create table benchmark.referrer (n integer primary key, organisation_id uuid not null);
insert into benchmark.referrer
select row_number() over (order by id) - 1, id
from organisation
where sector in ('GP_PRACTICE', 'PCN', 'SOCIAL_CARE') and alias <> 'northgate-pcn';

-- Where referrals go: every service but the demo ones, which are drawn with their own shares.
create table benchmark.receiver (n integer primary key, service_id uuid not null);
insert into benchmark.receiver
select row_number() over (order by id) - 1, id
from service
where id::text not like '00000000-0000-0000-0000-%';

-- Statuses with their share of all referrals and the timeline that leads to each.
create table benchmark.status_mix (
    status text primary key,
    share_from double precision not null,
    share_to double precision not null,
    path text[] not null
);
insert into benchmark.status_mix
select status, sum(share) over (order by o) - share, sum(share) over (order by o), path
from (values
    (1, 'DRAFT', 0.01, array['DRAFT']),
    (2, 'SENT', 0.04, array['SENT']),
    (3, 'SEEN', 0.02, array['SENT', 'SEEN']),
    (4, 'WAITLISTED', 0.03, array['SENT', 'SEEN', 'WAITLISTED']),
    (5, 'ACCEPTED', 0.04, array['SENT', 'SEEN', 'ACCEPTED']),
    (6, 'IN_PROGRESS', 0.06, array['SENT', 'SEEN', 'ACCEPTED', 'IN_PROGRESS']),
    (7, 'COMPLETED', 0.40, array['SENT', 'SEEN', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED']),
    (8, 'DECLINED', 0.12, array['SENT', 'SEEN', 'DECLINED']),
    (9, 'EXPIRED', 0.08, array['SENT', 'EXPIRED']),
    (10, 'DID_NOT_ENGAGE', 0.10, array['SENT', 'SEEN', 'ACCEPTED', 'DID_NOT_ENGAGE']),
    (11, 'WITHDRAWN', 0.09, array['SENT', 'WITHDRAWN']),
    (12, 'ENTERED_IN_ERROR', 0.01, array['SENT', 'ENTERED_IN_ERROR'])
) as mix(o, status, share, path);
-- The last share ends above any random number, whatever the rounding of the sums.
update benchmark.status_mix set share_to = 2 where status = 'ENTERED_IN_ERROR';

-- A valid NHS number (Modulus 11) for the n-th generated person, from the 9 range that is never
-- issued to anyone: an even base, or the odd one after it when the even one has no check digit.
create function benchmark.nhs_number(n bigint) returns char(10)
    language plpgsql immutable as
$$
declare
    base   bigint := 900000000 + 2 * n;
    digits text;
    check_digit integer;
begin
    loop
        digits := base::text;
        check_digit := 11 - (select sum(substr(digits, i, 1)::integer * (11 - i))
                             from generate_series(1, 9) i) % 11;
        exit when check_digit <> 10;
        base := base + 1;
    end loop;
    return digits || (check_digit % 11)::text;
end;
$$;

create sequence benchmark.person_number;
