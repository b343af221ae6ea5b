-- The whole personalised care and support plan (PRSB headings): About me, goals with importance,
-- confidence and status, actions owned by one organisation each, progress notes, the review,
-- the contingency plan, ONS4 wellbeing over time, and the history of every change.
-- Each part a person or a worker edits carries its own version, so that a stale edit of one part
-- is refused without holding up edits of the others.

alter table plan
    add column important_people             varchar(2000),
    add column communication                varchar(2000),
    add column please_do                    varchar(2000),
    add column please_dont                  varchar(2000),
    add column wellness                     varchar(2000),
    add column about_me_version             bigint not null default 0,
    add column about_me_updated_at          timestamp with time zone,
    add column about_me_updated_by          varchar(200),
    add column review_on                    date,
    add column review_owner_organisation_id uuid references organisation (id),
    add column review_version               bigint not null default 0,
    add column review_reminded_for          date,
    add column contingency_what_might_go_wrong varchar(2000),
    add column contingency_what_to_do       varchar(2000),
    add column contingency_who_to_contact   varchar(2000),
    add column contingency_version          bigint not null default 0,
    add column contingency_updated_at       timestamp with time zone,
    add column contingency_updated_by       varchar(200);

-- Plans whose review reminder is still to come.
create index plan_review_due on plan (review_on) where review_on is not null;

-- A goal becomes an entity of its own (its own version and actions).
alter table goal drop constraint goal_pkey;
alter table goal add primary key (id);
alter table goal drop constraint goal_id_key;
alter table goal
    add column importance smallint check (importance between 1 and 10),
    add column confidence smallint check (confidence between 1 and 10),
    add column status     varchar(20) not null default 'ACTIVE'
        check (status in ('ACTIVE', 'ACHIEVED', 'ON_HOLD', 'NO_LONGER_WANTED')),
    add column updated_at timestamp with time zone,
    add column updated_by varchar(200),
    add column version    bigint not null default 0;
create index goal_plan on goal (plan_id, position);

create table plan_action (
    id                    uuid primary key,
    goal_id               uuid                     not null references goal (id) on delete cascade,
    position              integer                  not null,
    description           varchar(500)             not null,
    owner_organisation_id uuid                     not null references organisation (id),
    due_on                date,
    status                varchar(20)              not null
        check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'STOPPED')),
    notes                 varchar(2000),
    done_on               date,
    created_at            timestamp with time zone not null,
    created_by            varchar(200)             not null,
    updated_at            timestamp with time zone,
    updated_by            varchar(200),
    version               bigint                   not null default 0,
    check ((status = 'DONE') = (done_on is not null))
);
create index plan_action_goal on plan_action (goal_id, position);

create table progress_note (
    id              uuid primary key,
    plan_id         uuid                     not null references plan (id) on delete cascade,
    goal_id         uuid references goal (id) on delete set null,
    text            varchar(2000)            not null,
    written_by      varchar(200)             not null,
    organisation_id uuid references organisation (id),
    written_at      timestamp with time zone not null
);
create index progress_note_plan on progress_note (plan_id, written_at desc);

-- ONS4 personal wellbeing: four 0-10 answers; organisation null when the person answered alone.
create table wellbeing_record (
    id                uuid primary key,
    plan_id           uuid                     not null references plan (id) on delete cascade,
    occasion          varchar(10)              not null check (occasion in ('START', 'REVIEW', 'CHECK_IN')),
    life_satisfaction smallint                 not null check (life_satisfaction between 0 and 10),
    worthwhile        smallint                 not null check (worthwhile between 0 and 10),
    happiness         smallint                 not null check (happiness between 0 and 10),
    anxiety           smallint                 not null check (anxiety between 0 and 10),
    recorded_by       varchar(200)             not null,
    organisation_id   uuid references organisation (id),
    recorded_at       timestamp with time zone not null
);
create index wellbeing_record_plan on wellbeing_record (plan_id, recorded_at);

-- Every change to a plan: who, for which organisation (null: the person), when, which part,
-- what it was and what it became.
create table plan_change (
    id              uuid primary key,
    -- Orders the edits of one change (same time) as they were made.
    seq             bigint generated always as identity,
    plan_id         uuid                     not null references plan (id) on delete cascade,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(200)             not null,
    organisation_id uuid references organisation (id),
    part            varchar(700)             not null,
    before_value    varchar(2000),
    after_value     varchar(2000)
);
create index plan_change_plan on plan_change (plan_id, changed_at desc, seq desc);

-- The goal of the person's plan a referral serves: accepting it lets the receiving organisation
-- add its actions to that goal.
alter table referral add column goal_id uuid references goal (id) on delete set null;
create index referral_goal on referral (goal_id) where goal_id is not null;
