-- An organisation takes a service out of the directory when it stops (retires it): it is kept, so
-- the referrals made to it keep their history, but it is no longer found, offered or referred to.
alter table service
    add column retired_at timestamp with time zone,
    add column retired_by varchar(200);
