-- The whole referral lifecycle: drafts and self-referrals, response deadlines in working days,
-- capacity, notifications by e-mail, and safe retries (idempotency keys).

-- Working days: England and Wales bank holidays as GOV.UK publishes them
-- (https://www.gov.uk/bank-holidays.json); a platform admin loads newer years with
-- PUT /calendar/bank-holidays.
create table bank_holiday (
    day   date primary key,
    title varchar(200) not null
);

insert into bank_holiday (day, title) values
    ('2025-01-01', 'New Year’s Day'), ('2025-04-18', 'Good Friday'),
    ('2025-04-21', 'Easter Monday'), ('2025-05-05', 'Early May bank holiday'),
    ('2025-05-26', 'Spring bank holiday'), ('2025-08-25', 'Summer bank holiday'),
    ('2025-12-25', 'Christmas Day'), ('2025-12-26', 'Boxing Day'),
    ('2026-01-01', 'New Year’s Day'), ('2026-04-03', 'Good Friday'),
    ('2026-04-06', 'Easter Monday'), ('2026-05-04', 'Early May bank holiday'),
    ('2026-05-25', 'Spring bank holiday'), ('2026-08-31', 'Summer bank holiday'),
    ('2026-12-25', 'Christmas Day'), ('2026-12-28', 'Boxing Day (substitute day)'),
    ('2027-01-01', 'New Year’s Day'), ('2027-03-26', 'Good Friday'),
    ('2027-03-29', 'Easter Monday'), ('2027-05-03', 'Early May bank holiday'),
    ('2027-05-31', 'Spring bank holiday'), ('2027-08-30', 'Summer bank holiday'),
    ('2027-12-27', 'Christmas Day (substitute day)'), ('2027-12-28', 'Boxing Day (substitute day)'),
    ('2028-01-03', 'New Year’s Day (substitute day)'), ('2028-04-14', 'Good Friday'),
    ('2028-04-17', 'Easter Monday'), ('2028-05-01', 'Early May bank holiday'),
    ('2028-05-29', 'Spring bank holiday'), ('2028-08-28', 'Summer bank holiday'),
    ('2028-12-25', 'Christmas Day'), ('2028-12-26', 'Boxing Day');

-- Where referrals about an organisation's services are sent, and where a person wants updates.
alter table organisation
    add column referrals_email varchar(320);

alter table person
    add column email         varchar(320),
    add column email_updates boolean not null default false,
    add constraint person_email_for_updates check (not email_updates or email is not null);

-- Capacity and the service's record of answering (refreshed from its referrals).
alter table service
    add column reopens_on            date,
    add column max_open_referrals    integer check (max_open_referrals > 0),
    add column accepts_self_referral boolean not null default false,
    add column typical_response_days double precision,
    add column acceptance_rate       double precision check (acceptance_rate between 0 and 1),
    add column decisions_counted     integer not null default 0,
    add column record_refreshed_at   timestamp with time zone,
    add constraint service_reopens_only_when_paused check (reopens_on is null or capacity = 'PAUSED');

alter table referral
    add column receiving_organisation_id uuid references organisation (id),
    add column self_referral             boolean not null default false,
    add column referrer_email            varchar(320),
    add column created_at                timestamp with time zone,
    add column respond_by                timestamp with time zone,
    add column remind_at                 timestamp with time zone,
    add column reminded_at               timestamp with time zone,
    add column outcome                   varchar(2000),
    add column list_group                smallint,
    add column list_order                bigint;

update referral r
set receiving_organisation_id = s.organisation_id,
    created_at                = r.sent_at,
    respond_by                = r.sent_at + make_interval(days => s.response_days),
    list_group                = case r.status when 'SENT' then 0 when 'ACCEPTED' then 1 else 2 end,
    list_order                = case when r.status = 'SENT'
                                     then extract(epoch from r.sent_at + make_interval(days => s.response_days))::bigint
                                     else -extract(epoch from coalesce(r.decided_at, r.sent_at))::bigint end
from service s
where s.id = r.service_id;

alter table referral
    alter column receiving_organisation_id set not null,
    alter column created_at set not null,
    alter column list_group set not null,
    alter column list_order set not null,
    alter column referring_organisation_id drop not null,
    alter column sent_at drop not null,
    drop constraint referral_consent_to_share_check,
    add constraint referral_status_known check (status in (
        'DRAFT', 'SENT', 'SEEN', 'ACCEPTED', 'WAITLISTED', 'DECLINED', 'EXPIRED', 'IN_PROGRESS',
        'COMPLETED', 'DID_NOT_ENGAGE', 'WITHDRAWN', 'ENTERED_IN_ERROR')),
    add constraint referral_sent_has_consent check (status = 'DRAFT' or (consent_to_share and sent_at is not null and respond_by is not null)),
    add constraint referral_referrer_or_self check ((referring_organisation_id is null) = self_referral),
    add constraint referral_list_group_matches_status check (list_group = case
        when status in ('DRAFT', 'SENT', 'SEEN') then 0
        when status in ('WAITLISTED', 'ACCEPTED', 'IN_PROGRESS') then 1
        else 2 end);

-- The lists people work from: one index each, in the order the lists show, so a page costs the
-- same whatever the number of referrals.
drop index referral_by_referrer;
create index referral_sent_list
    on referral (referring_organisation_id, list_group, list_order, created_at desc, id);
create index referral_inbox_list
    on referral (receiving_organisation_id, list_group, list_order, created_at desc, id)
    where status <> 'DRAFT';
create index referral_open_by_service on referral (service_id)
    where status in ('SENT', 'SEEN', 'WAITLISTED', 'ACCEPTED', 'IN_PROGRESS');
-- The scheduler's work: referrals waiting for an answer, by deadline and by reminder time.
create index referral_awaiting_deadline on referral (respond_by) where status in ('SENT', 'SEEN');
create index referral_awaiting_reminder on referral (remind_at)
    where status in ('SENT', 'SEEN') and reminded_at is null and remind_at is not null;

alter table referral_status_change
    add column actor varchar(10);
update referral_status_change
set actor = case when status = 'SENT' then 'REFERRER' else 'RECEIVER' end;
alter table referral_status_change
    alter column actor set not null,
    alter column organisation_name drop not null,
    add constraint referral_status_change_actor check (actor in ('REFERRER', 'RECEIVER', 'PERSON', 'SYSTEM'));

-- A person who refers themselves gives their consent to share themselves: no organisation
-- recorded it.
alter table consent
    alter column recorded_by_organisation_id drop not null;

-- A client that retries a submission sends the same key: the first one's referral is the answer.
create table idempotency_key (
    caller       varchar(255)             not null,
    key          varchar(200)             not null,
    request_hash char(64)                 not null,
    referral_id  uuid                     not null,
    created_at   timestamp with time zone not null,
    primary key (caller, key)
);

-- E-mail to send, written in the same transaction as the change it tells of, and sent by
-- whichever instance claims it first. Holds a link to the portal, never health details.
create table notification (
    id           uuid primary key,
    event_key    varchar(200)             not null unique,
    recipient    varchar(320)             not null,
    subject      varchar(200)             not null,
    body         varchar(4000)            not null,
    referral_id  uuid references referral (id),
    created_at   timestamp with time zone not null,
    sent_at      timestamp with time zone,
    attempts     integer                  not null default 0,
    next_attempt timestamp with time zone not null,
    last_error   varchar(500)
);

create index notification_unsent on notification (next_attempt) where sent_at is null;
