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
