-- Text messages through GOV.UK Notify (issue 15). A person may choose texts for news of their
-- referrals and plan, instead of or besides e-mail, to a UK mobile number kept in international
-- form (+447 and 9 digits). Like e-mail, a text holds only a link to the portal.
alter table person
    add column mobile       varchar(13),
    add column text_updates boolean not null default false,
    add constraint person_mobile_for_texts check (not text_updates or mobile is not null);

-- A staff member's own choice of texts, by username: texts of what they sent (found by the e-mail
-- address their token had when they chose, as referral.referrer_email holds the referrer's), and
-- of what comes to the organisation they acted for when they chose (new referrals, messages,
-- reminders), besides the organisation's referrals e-mail.
create table staff_contact (
    username        varchar(200)             primary key,
    email           varchar(320),
    organisation_id uuid                     not null references organisation (id),
    mobile          varchar(13)              not null,
    chosen_at       timestamp with time zone not null
);

create index staff_contact_organisation on staff_contact (organisation_id);
create index staff_contact_email on staff_contact (lower(email));

-- A text goes through the same outbox as e-mail, marked by its channel, with no subject. A
-- message Notify refuses for good (a number it will not text, a key it does not know) is given up
-- on, with the reason, and never tried again.
alter table notification
    add column channel     varchar(5) not null default 'EMAIL',
    add column given_up_at timestamp with time zone,
    add constraint notification_channel check (channel in ('EMAIL', 'TEXT'));

-- Each sender claims its own channel's due rows.
drop index notification_unsent;
create index notification_unsent on notification (channel, next_attempt)
    where sent_at is null and given_up_at is null;
