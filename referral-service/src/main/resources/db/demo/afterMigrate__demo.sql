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

insert into service_category (service_id, position, category) values
    ('00000000-0000-0000-0000-00000000b001', 0, 'Physical activity'),
    ('00000000-0000-0000-0000-00000000b001', 1, 'Mental wellbeing'),
    ('00000000-0000-0000-0000-00000000b001', 2, 'Social connection'),
    ('00000000-0000-0000-0000-00000000b002', 0, 'Gardening'),
    ('00000000-0000-0000-0000-00000000b002', 1, 'Social connection'),
    ('00000000-0000-0000-0000-00000000b003', 0, 'Money and debt'),
    ('00000000-0000-0000-0000-00000000b004', 0, 'Money and debt'),
    ('00000000-0000-0000-0000-00000000b004', 1, 'Benefits'),
    ('00000000-0000-0000-0000-00000000b005', 0, 'Physical activity'),
    ('00000000-0000-0000-0000-00000000b005', 1, 'Mental wellbeing')
on conflict do nothing;

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
