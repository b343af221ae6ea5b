-- A staff member's organisations are cached by each API instance for a short while, so that a
-- request does not wait on Keycloak. A change made through the portal (an invitation, a
-- deactivation) bumps this row in the change's transaction; every instance reads it on every
-- request (one primary-key lookup) and asks Keycloak again when it moved. A change made only in
-- Keycloak's console is seen when the cached entry expires (identity.membership-cache-seconds).
create table membership_change (
    user_id    text        primary key,
    version    bigint      not null,
    changed_at timestamptz not null default now()
);

-- Sign-in sessions Keycloak has ended (OIDC back-channel logout: a sign-out, an admin ending a
-- user's sessions). A token of an ended session is refused (one primary-key lookup per request),
-- on every instance, although it has not expired yet. Rows are kept a day, longer than any token.
create table ended_session (
    session_id text        primary key,
    ended_at   timestamptz not null default now()
);
create index ended_session_ended_at on ended_session (ended_at);
