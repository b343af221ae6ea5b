-- The directory benchmark's region: ${services} services of 300 listed organisations around the
-- demo neighbourhood, in 30 categories, each at a place with its own position (within about 40 km
-- of Nottingham), with names and descriptions drawn from a vocabulary of what services do.
-- Loaded into the application's own tables, beside the demo's.
create schema if not exists directory_benchmark;

create table directory_benchmark.word (k integer primary key, word text not null);
insert into directory_benchmark.word (k, word)
select row_number() over () - 1, w
from unnest(array[
  'debt', 'advice', 'walking', 'group', 'benefits', 'housing', 'carers', 'support', 'counselling',
  'gardening', 'allotment', 'befriending', 'cooking', 'food', 'bank', 'employment', 'skills',
  'digital', 'language', 'english', 'music', 'art', 'men''s', 'shed', 'dementia', 'cafe', 'youth',
  'club', 'parenting', 'bereavement', 'swimming', 'yoga', 'mindfulness', 'volunteering', 'legal',
  'energy', 'fuel', 'poverty', 'tenancy', 'loneliness', 'exercise', 'football', 'knitting',
  'reading', 'choir', 'stroke', 'diabetes', 'weight', 'smoking', 'recovery', 'peer', 'crisis'])
    as w;

create table directory_benchmark.term (k integer primary key, id uuid not null);
insert into taxonomy_term (id, taxonomy_id, name, description)
select md5('benchmark-term:' || i)::uuid, '6f1d2c3a-0000-4000-8000-000000000001',
       'Benchmark category ' || i, 'A category of the benchmark region'
from generate_series(1, 24) as g(i)
on conflict do nothing;
insert into directory_benchmark.term (k, id)
select row_number() over (order by id) - 1, id from taxonomy_term;

insert into organisation (id, alias, name, sector, description, onboarded)
select md5('benchmark-org:' || i)::uuid, 'benchmark-directory-' || i,
       'Benchmark community group ' || i, 'VCFSE', 'A group of the benchmark region', false
from generate_series(1, 300) as g(i)
on conflict do nothing;

insert into service (id, organisation_id, name, description, capacity, response_days,
                     accepts_referrals, accepts_self_referral, min_age, max_age,
                     last_confirmed_at, modified_at)
select md5('benchmark-service:' || n)::uuid,
       md5('benchmark-org:' || (1 + n % 300))::uuid,
       initcap(w1.word || ' ' || w2.word || ' ' || n),
       'Help with ' || w3.word || ' and ' || w4.word || ' for people in the region; '
           || w5.word || ' and ' || w6.word || ' sessions every week.',
       (array['ACCEPTING', 'ACCEPTING', 'ACCEPTING', 'WAITLIST', 'PAUSED'])[1 + n % 5],
       5 + n % 15,
       n % 4 <> 0,
       n % 3 = 0,
       case when n % 7 = 0 then 18 end,
       case when n % 11 = 0 then 25 end,
       now() - make_interval(days => n % 300),
       now() - make_interval(days => n % 300)
from generate_series(1, ${services}) n
join directory_benchmark.word w1 on w1.k = (n * 7) % (select count(*) from directory_benchmark.word)
join directory_benchmark.word w2 on w2.k = (n * 13) % (select count(*) from directory_benchmark.word)
join directory_benchmark.word w3 on w3.k = (n * 17) % (select count(*) from directory_benchmark.word)
join directory_benchmark.word w4 on w4.k = (n * 19) % (select count(*) from directory_benchmark.word)
join directory_benchmark.word w5 on w5.k = (n * 23) % (select count(*) from directory_benchmark.word)
join directory_benchmark.word w6 on w6.k = (n * 29) % (select count(*) from directory_benchmark.word);

insert into service_taxonomy_term (service_id, position, taxonomy_term_id)
select md5('benchmark-service:' || n)::uuid, p, t.id
from generate_series(1, ${services}) n
cross join generate_series(0, 1) p
join directory_benchmark.term t on t.k = (n * (3 + p * 5)) % (select count(*) from directory_benchmark.term);

update service s
set categories_text = (select string_agg(t.name, ' ' order by st.position)
                       from service_taxonomy_term st join taxonomy_term t on t.id = st.taxonomy_term_id
                       where st.service_id = s.id)
where s.organisation_id in (select id from organisation where alias like 'benchmark-directory-%');

insert into location (id, name, address_1, city, state_province, latitude, longitude)
select md5('benchmark-location:' || n)::uuid, 'Benchmark place ' || n, n || ' High Street',
       'Nottingham', 'Nottinghamshire',
       52.95 + ((n * 7919) % 7200 - 3600) / 10000.0,
       -1.15 + ((n * 104729) % 11000 - 5500) / 10000.0
from generate_series(1, ${services}) n;

insert into service_at_location (service_id, position, id, location_id)
select md5('benchmark-service:' || n)::uuid, 0, md5('benchmark-place:' || n)::uuid,
       md5('benchmark-location:' || n)::uuid
from generate_series(1, ${services}) n;
