-- Issue 18 asks how many days services were paused in a report's period. V1 keeps a service's
-- capacity as it is now; this keeps every change of it from now on, written by the database
-- whoever changes it (the API, the scheduler reopening a paused service on its day, an import,
-- the benchmark's loader). What came before this migration is not known: each service's history
-- starts with the capacity it has now, from now.
create table service_capacity_change (
    id         bigint generated always as identity primary key,
    service_id uuid                     not null references service (id) on delete cascade,
    capacity   varchar(20)              not null,
    changed_at timestamp with time zone not null
);

create index service_capacity_change_by_service
    on service_capacity_change (service_id, changed_at, id);

insert into service_capacity_change (service_id, capacity, changed_at)
select id, capacity, now()
from service;

create function service_capacity_kept() returns trigger
    language plpgsql as
$$
begin
    insert into service_capacity_change (service_id, capacity, changed_at)
    values (new.id, new.capacity, now());
    return null;
end;
$$;

create trigger service_capacity_added
    after insert on service
    for each row execute function service_capacity_kept();

create trigger service_capacity_changed
    after update of capacity on service
    for each row
    when (old.capacity is distinct from new.capacity)
    execute function service_capacity_kept();
