-- BaRS referrals from partner systems (docs/fhir.md, "BaRS").
--
-- Each message a partner system sent, by the sending organisation and the message's own id
-- (its MessageHeader.id): the first to claim the pair makes the referral; the same message again
-- (a retry after a lost answer) is answered with the acknowledgement the first one got, and makes
-- nothing. The referral is written later in the same transaction, so its key is checked at commit.
create table bars_message (
    sender          varchar(100)             not null,
    message_id      varchar(200)             not null,
    request_hash    char(64)                 not null,
    referral_id     uuid                     not null
        references referral (id) deferrable initially deferred,
    service_request varchar(200),
    acknowledgement text,
    received_at     timestamp with time zone not null,
    primary key (sender, message_id)
);

create index bars_message_referral on bars_message (referral_id);

-- A status update to the sending system goes through the same outbox as e-mail and texts, as a
-- BaRS message (a FHIR Bundle, longer than any e-mail) to the sender's configured endpoint.
alter table notification
    drop constraint notification_channel,
    add constraint notification_channel check (channel in ('EMAIL', 'TEXT', 'BARS')),
    alter column body type text;
