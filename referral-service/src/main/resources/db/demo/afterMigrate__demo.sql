-- Demo rows with fixed ids (the API contract lists them); runs after every migrate when
-- neighbourhood.demo-data=true and changes nothing the second time.
insert into organisation (id, alias, name, sector, ods_code, charity_number, company_number) values
    ('00000000-0000-0000-0000-00000000a001', 'riverside-surgery', 'Riverside Surgery', 'GP_PRACTICE', 'Y90001', null, null),
    ('00000000-0000-0000-0000-00000000a002', 'northgate-pcn', 'Northgate Primary Care Network', 'PCN', 'U90001', null, null),
    ('00000000-0000-0000-0000-00000000a003', 'northgate-adult-social-care', 'Northgate Council Adult Social Care', 'SOCIAL_CARE', null, null, null),
    ('00000000-0000-0000-0000-00000000a004', 'green-minds', 'Green Minds Wellbeing', 'VCFSE', null, '1190001', null),
    ('00000000-0000-0000-0000-00000000a005', 'money-matters', 'Money Matters Advice', 'VCFSE', null, '1190002', '09000001'),
    ('00000000-0000-0000-0000-00000000a006', 'northgate-commissioning', 'Northgate Neighbourhood Commissioning', 'COMMISSIONER', null, null, null)
on conflict do nothing;

insert into service (id, organisation_id, name, description, capacity, response_days) values
    ('00000000-0000-0000-0000-00000000b001', '00000000-0000-0000-0000-00000000a004', 'Walking for wellbeing',
     'Friendly group walks around Northgate''s parks, at an easy pace. A good first step for people who feel low or alone.',
     'ACCEPTING', 10),
    ('00000000-0000-0000-0000-00000000b002', '00000000-0000-0000-0000-00000000a004', 'Community allotment',
     'Grow food and meet neighbours at our shared allotment. No experience needed; tools and tea provided.',
     'WAITLIST', 15),
    ('00000000-0000-0000-0000-00000000b003', '00000000-0000-0000-0000-00000000a005', 'Debt advice',
     'Free, confidential help to deal with debts, talk to creditors and make a budget that works.',
     'ACCEPTING', 10),
    ('00000000-0000-0000-0000-00000000b004', '00000000-0000-0000-0000-00000000a005', 'Benefits check',
     'We check which benefits and grants someone can claim and help them apply.',
     'PAUSED', 10),
    ('00000000-0000-0000-0000-00000000b005', '00000000-0000-0000-0000-00000000a001', 'Health and wellbeing coach',
     'Six sessions with the practice''s health and wellbeing coach, for people who want support to '
         || 'get more active, sleep better or manage a long-term condition.',
     'ACCEPTING', 10)
on conflict do nothing;

-- Two organisations listed in the directory only (not onboarded: nobody signs in for them), each
-- with debt advice further from Pat's postcode than Money Matters: people contact them directly.
insert into organisation (id, alias, name, sector, charity_number, description, website, onboarded) values
    ('00000000-0000-0000-0000-00000000a007', 'directory-st-marks-hub', 'St Mark''s Community Hub', 'VCFSE', '1190007',
     'A church hall open to everyone in Sneinton, with drop-ins run by volunteers.', 'https://st-marks-hub.example', false),
    ('00000000-0000-0000-0000-00000000a008', 'directory-northgate-credit-union', 'Northgate Credit Union', 'VCFSE', null,
     'A savings and loans co-operative owned by its members.', 'https://northgate-credit-union.example', false)
on conflict do nothing;

insert into service (id, organisation_id, name, description, capacity, response_days, accepts_referrals) values
    ('00000000-0000-0000-0000-00000000b006', '00000000-0000-0000-0000-00000000a007', 'Debt advice drop-in',
     'Volunteers trained in debt advice help you sort your post, call your creditors and plan what to pay first. '
         || 'Just turn up.', 'ACCEPTING', 10, false),
    ('00000000-0000-0000-0000-00000000b007', '00000000-0000-0000-0000-00000000a008', 'Money and debt support',
     'Budgeting help, affordable loans to pay off costly debts, and help to claim what you are owed.',
     'ACCEPTING', 10, false)
on conflict do nothing;

-- The neighbourhood's categories (V6 made the same ids from the free-text categories before it).
insert into taxonomy_term (id, taxonomy_id, name, description)
select md5('neighbourhood-category:' || lower(name))::uuid, '6f1d2c3a-0000-4000-8000-000000000001', name, description
from (values
    ('Physical activity', 'Getting more active: walking, sport, movement at any pace.'),
    ('Mental wellbeing', 'Feeling better in yourself: low mood, worry, stress, confidence.'),
    ('Social connection', 'Meeting people and feeling less alone.'),
    ('Gardening', 'Growing food and flowers, outdoors with others.'),
    ('Money and debt', 'Dealing with debts, budgeting, money worries.'),
    ('Benefits', 'Benefits and grants: what someone can claim and how.')) as category (name, description)
on conflict do nothing;

insert into service_taxonomy_term (service_id, position, taxonomy_term_id)
select service_id::uuid, position, md5('neighbourhood-category:' || lower(category))::uuid
from (values
    ('00000000-0000-0000-0000-00000000b001', 0, 'Physical activity'),
    ('00000000-0000-0000-0000-00000000b001', 1, 'Mental wellbeing'),
    ('00000000-0000-0000-0000-00000000b001', 2, 'Social connection'),
    ('00000000-0000-0000-0000-00000000b002', 0, 'Gardening'),
    ('00000000-0000-0000-0000-00000000b002', 1, 'Social connection'),
    ('00000000-0000-0000-0000-00000000b003', 0, 'Money and debt'),
    ('00000000-0000-0000-0000-00000000b004', 0, 'Money and debt'),
    ('00000000-0000-0000-0000-00000000b004', 1, 'Benefits'),
    ('00000000-0000-0000-0000-00000000b005', 0, 'Physical activity'),
    ('00000000-0000-0000-0000-00000000b005', 1, 'Mental wellbeing'),
    ('00000000-0000-0000-0000-00000000b006', 0, 'Money and debt'),
    ('00000000-0000-0000-0000-00000000b007', 0, 'Money and debt'),
    ('00000000-0000-0000-0000-00000000b007', 1, 'Benefits')) as link (service_id, position, category)
on conflict do nothing;

update service s
set categories_text = (select string_agg(t.name, ' ' order by st.position)
                       from service_taxonomy_term st join taxonomy_term t on t.id = st.taxonomy_term_id
                       where st.service_id = s.id)
where s.id::text like '00000000-0000-0000-0000-00000000b00%' and s.categories_text = '';

-- Where each service is given, and what its entry says about who it is for.
insert into location (id, name, address_1, city, state_province, postcode) values
    ('00000000-0000-0000-0000-0000000b1001', 'Northgate Park pavilion', 'Park Road', 'Nottingham', 'Nottinghamshire', 'NG7 1AE'),
    ('00000000-0000-0000-0000-0000000b1002', 'Green Minds allotment', 'Meadow Lane allotments', 'Nottingham', 'Nottinghamshire', 'NG2 3HE'),
    ('00000000-0000-0000-0000-0000000b1003', 'Money Matters advice centre', '12 Castle Gate', 'Nottingham', 'Nottinghamshire', 'NG1 6AF'),
    ('00000000-0000-0000-0000-0000000b1005', 'Riverside Surgery', '3 Riverside Way', 'Nottingham', 'Nottinghamshire', 'NG2 4HT'),
    ('00000000-0000-0000-0000-0000000b1006', 'St Mark''s church hall', 'Windmill Lane', 'Nottingham', 'Nottinghamshire', 'NG3 2BH'),
    ('00000000-0000-0000-0000-0000000b1007', 'Northgate Credit Union', '40 Mansfield Road', 'Nottingham', 'Nottinghamshire', 'NG5 2BP')
on conflict do nothing;

insert into service_at_location (service_id, position, id, location_id) values
    ('00000000-0000-0000-0000-00000000b001', 0, '00000000-0000-0000-0000-0000000b2001', '00000000-0000-0000-0000-0000000b1001'),
    ('00000000-0000-0000-0000-00000000b002', 0, '00000000-0000-0000-0000-0000000b2002', '00000000-0000-0000-0000-0000000b1002'),
    ('00000000-0000-0000-0000-00000000b003', 0, '00000000-0000-0000-0000-0000000b2003', '00000000-0000-0000-0000-0000000b1003'),
    ('00000000-0000-0000-0000-00000000b004', 0, '00000000-0000-0000-0000-0000000b2004', '00000000-0000-0000-0000-0000000b1003'),
    ('00000000-0000-0000-0000-00000000b005', 0, '00000000-0000-0000-0000-0000000b2005', '00000000-0000-0000-0000-0000000b1005'),
    ('00000000-0000-0000-0000-00000000b006', 0, '00000000-0000-0000-0000-0000000b2006', '00000000-0000-0000-0000-0000000b1006'),
    ('00000000-0000-0000-0000-00000000b007', 0, '00000000-0000-0000-0000-0000000b2007', '00000000-0000-0000-0000-0000000b1007')
on conflict do nothing;

insert into service_schedule (service_id, position, id, by_day, opens_at, closes_at, description) values
    ('00000000-0000-0000-0000-00000000b001', 0, '00000000-0000-0000-0000-0000000b3001', 'TU,TH', '10:00', '11:30', 'Walks start from the pavilion.'),
    ('00000000-0000-0000-0000-00000000b003', 0, '00000000-0000-0000-0000-0000000b3003', 'MO,TU,WE,TH,FR', '09:30', '16:30', null),
    ('00000000-0000-0000-0000-00000000b006', 0, '00000000-0000-0000-0000-0000000b3006', 'WE', '13:00', '15:00', 'Drop in: no appointment.')
on conflict do nothing;

insert into service_contact (service_id, position, id, title, department, email) values
    ('00000000-0000-0000-0000-00000000b003', 0, '00000000-0000-0000-0000-0000000b4003', 'Advice line', 'Debt advice', 'advice@money-matters.example.org'),
    ('00000000-0000-0000-0000-00000000b006', 0, '00000000-0000-0000-0000-0000000b4006', 'Hub office', null, 'hello@st-marks-hub.example.org')
on conflict do nothing;

insert into service_phone (service_id, position, id, contact_id, number, extension, type, description) values
    ('00000000-0000-0000-0000-00000000b003', 0, '00000000-0000-0000-0000-0000000b7003', '00000000-0000-0000-0000-0000000b4003', '0115 496 0101', null, 'VOICE', 'Monday to Friday, 9.30am to 4.30pm')
on conflict do nothing;

insert into service_cost_option (service_id, position, id, option, amount, amount_description) values
    ('00000000-0000-0000-0000-00000000b003', 0, '00000000-0000-0000-0000-0000000b5003', 'Everyone', 0, 'Free')
on conflict do nothing;

insert into service_language (service_id, position, id, name, code) values
    ('00000000-0000-0000-0000-00000000b003', 0, '00000000-0000-0000-0000-0000000b6003', 'English', 'en'),
    ('00000000-0000-0000-0000-00000000b003', 1, '00000000-0000-0000-0000-0000000b6004', 'Polish', 'pl'),
    ('00000000-0000-0000-0000-00000000b003', 2, '00000000-0000-0000-0000-0000000b6005', 'Urdu', 'ur')
on conflict do nothing;

update service set min_age = 18, eligibility = 'Adults living in Northgate with debts of any size.',
                   area = 'Northgate', url = 'https://money-matters.example/debt', email = 'advice@money-matters.example.org'
where id = '00000000-0000-0000-0000-00000000b003' and min_age is null;
update service set min_age = 16, area = 'Northgate and Sneinton'
where id = '00000000-0000-0000-0000-00000000b006' and min_age is null;
update service set min_age = 18, fees = 'Membership is free; loans at a fair rate'
where id = '00000000-0000-0000-0000-00000000b007' and min_age is null;
update service set min_age = 18, eligibility = 'Registered patients of Riverside Surgery.'
where id = '00000000-0000-0000-0000-00000000b005' and min_age is null;
-- The allotment has not confirmed its entry for eight months: referrers are told it may have
-- stopped, and Green Minds is asked to confirm it.
update service set last_confirmed_at = now() - interval '8 months', modified_at = now() - interval '8 months'
where id = '00000000-0000-0000-0000-00000000b002' and last_confirmed_by is null
  and last_confirmed_at > now() - interval '1 day';

-- Pat's address is an ordinary personal detail; Peter has a restricted record, so his address is
-- shown only to whom the access policy allows (his GP or social care team, and Peter himself).
insert into person (id, nhs_number, given_name, family_name, date_of_birth,
                    address_lines, postcode, restricted) values
    ('00000000-0000-0000-0000-00000000c001', '9990000018', 'Pat', 'Example', '1958-04-12',
     E'14 Elm Grove\nNorthgate', 'NG1 5AB', false),
    ('00000000-0000-0000-0000-00000000c002', '9990000026', 'Peter', 'Sample', '1971-09-30',
     E'Flat 3, 27 Canal Street\nNorthgate', 'NG2 4HT', true)
on conflict do nothing;

insert into plan (id, person_id, what_matters_to_me) values
    ('00000000-0000-0000-0000-00000000d001', '00000000-0000-0000-0000-00000000c001',
     'Getting out of the house and seeing people again since my husband died.')
on conflict do nothing;

insert into goal (plan_id, position, id, description, created_at, created_by, importance, confidence) values
    ('00000000-0000-0000-0000-00000000d001', 0, '00000000-0000-0000-0000-00000000e001',
     'I want to walk to the park with my granddaughter by the summer.', '2025-01-06T10:00:00Z', 'Lina Link',
     9, 4)
on conflict do nothing;

-- Pat's About me and contingency plan, her GP practice's action towards her goal and her review
-- (dates relative to the day the demo is loaded; the review far enough ahead that no test's clock
-- moves reach its reminder).
update plan set
    important_people = 'My granddaughter Ella, who visits on Sundays. My sister Jean in Leeds.',
    communication = 'I hear better on my left side: please face me and speak clearly. I prefer a '
        || 'phone call to a letter.',
    please_do = 'Give me time to answer. Tell me who you are when you ring.',
    please_dont = 'Don''t visit without ringing first.',
    wellness = 'A short walk most days keeps my knee from stiffening.',
    contingency_what_might_go_wrong = 'If my knee flares up I stop going out and feel low.',
    contingency_what_to_do = 'Ring the surgery for a review of my knee; keep doing the chair '
        || 'exercises.',
    contingency_who_to_contact = 'Riverside Surgery, or my sister Jean.',
    review_on = current_date + 120,
    review_owner_organisation_id = '00000000-0000-0000-0000-00000000a002'
where id = '00000000-0000-0000-0000-00000000d001' and communication is null;

insert into plan_action (id, goal_id, position, description, owner_organisation_id, due_on, status,
                         created_at, created_by) values
    ('00000000-0000-0000-0000-0000000e0101', '00000000-0000-0000-0000-00000000e001', 0,
     'Check Pat''s knee and agree an exercise plan with her', '00000000-0000-0000-0000-00000000a001',
     current_date + 21, 'IN_PROGRESS', '2025-01-06T10:05:00Z', 'Lina Link')
on conflict do nothing;

-- Northgate PCN registered Pat and Peter with their agreement; Riverside Surgery is Pat's GP.
insert into care_team_member (id, person_id, organisation_id, reason, started_at, started_by) values
    ('00000000-0000-0000-0000-00000000f001', '00000000-0000-0000-0000-00000000c001',
     '00000000-0000-0000-0000-00000000a002', 'REGISTERED', '2025-01-06T09:30:00Z', 'Lina Link'),
    ('00000000-0000-0000-0000-00000000f002', '00000000-0000-0000-0000-00000000c002',
     '00000000-0000-0000-0000-00000000a002', 'REGISTERED', '2025-02-03T14:00:00Z', 'Lina Link'),
    ('00000000-0000-0000-0000-00000000f003', '00000000-0000-0000-0000-00000000c001',
     '00000000-0000-0000-0000-00000000a001', 'ADDED_WITH_AGREEMENT', '2025-01-06T09:35:00Z', 'Lina Link')
on conflict do nothing;

insert into consent (id, person_id, organisation_id, scope, recorded_at, recorded_by,
                     recorded_by_organisation_id, valid_until) values
    ('00000000-0000-0000-0000-0000000ff001', '00000000-0000-0000-0000-00000000c001',
     '00000000-0000-0000-0000-00000000a002', 'KEEP_RECORD', '2025-01-06T09:30:00Z', 'Lina Link',
     '00000000-0000-0000-0000-00000000a002', '2035-01-06T09:30:00Z'),
    ('00000000-0000-0000-0000-0000000ff002', '00000000-0000-0000-0000-00000000c002',
     '00000000-0000-0000-0000-00000000a002', 'KEEP_RECORD', '2025-02-03T14:00:00Z', 'Lina Link',
     '00000000-0000-0000-0000-00000000a002', '2035-02-03T14:00:00Z'),
    ('00000000-0000-0000-0000-0000000ff003', '00000000-0000-0000-0000-00000000c001',
     '00000000-0000-0000-0000-00000000a001', 'CARE_TEAM', '2025-01-06T09:35:00Z', 'Lina Link',
     '00000000-0000-0000-0000-00000000a002', '2035-01-06T09:35:00Z')
on conflict do nothing;

-- A safeguarding note on Pat's record, written by her GP practice.
insert into safeguarding_note (person_id, position, id, text, written_at, written_by,
                               organisation_id, organisation_name) values
    ('00000000-0000-0000-0000-00000000c001', 0, '00000000-0000-0000-0000-0000000aa001',
     'Pat says a neighbour has been collecting her pension and keeping some of it. She does not '
         || 'want the police involved yet. Agreed with Pat: her bank will send statements to her '
         || 'directly; review at her next appointment.',
     '2025-01-10T11:20:00Z', 'Gary Green', '00000000-0000-0000-0000-00000000a001',
     'Riverside Surgery')
on conflict do nothing;

-- Where each organisation's referrals are e-mailed; Walking for wellbeing takes self-referrals;
-- Pat asked for e-mail updates about her referrals (a link only, never details).
update organisation set referrals_email = 'referrals@green-minds.example'
where id = '00000000-0000-0000-0000-00000000a004' and referrals_email is null;
update organisation set referrals_email = 'referrals@money-matters.example'
where id = '00000000-0000-0000-0000-00000000a005' and referrals_email is null;
update organisation set referrals_email = 'referrals@riverside-surgery.example'
where id = '00000000-0000-0000-0000-00000000a001' and referrals_email is null;
update organisation set referrals_email = 'referrals@northgate-adult-social-care.example'
where id = '00000000-0000-0000-0000-00000000a003' and referrals_email is null;
update service set accepts_self_referral = true
where id = '00000000-0000-0000-0000-00000000b001' and not accepts_self_referral;
update person set email = 'pat.person@people.example', email_updates = true
where id = '00000000-0000-0000-0000-00000000c001' and email is null;

-- The demo's one neighbourhood area is Northgate PCN's: Riverside Surgery is one of its practices,
-- the council team, the VCFSEs and the directory-only organisations mainly work in its area, so a
-- commissioner's report filtered by area has them all (the commissioners themselves cover every area).
update organisation set pcn_id = '00000000-0000-0000-0000-00000000a002'
where id in ('00000000-0000-0000-0000-00000000a001', '00000000-0000-0000-0000-00000000a003',
             '00000000-0000-0000-0000-00000000a004', '00000000-0000-0000-0000-00000000a005',
             '00000000-0000-0000-0000-00000000a007', '00000000-0000-0000-0000-00000000a008')
  and pcn_id is null;
