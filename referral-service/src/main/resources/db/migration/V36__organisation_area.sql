-- The neighbourhood area (a primary care network's area) each organisation works in, for reports
-- filtered by area: a PCN is an area itself and names none (pcn_id stays null); any other
-- organisation may name the one PCN whose area it belongs to, or mainly works in. The area of an
-- organisation is therefore coalesce(pcn_id, id when its sector is PCN).
alter table organisation add column pcn_id uuid references organisation (id);

create index organisation_by_pcn on organisation (pcn_id) where pcn_id is not null;

-- The database itself refuses an area that is not a PCN's, a PCN inside another area, and a PCN
-- with organisations in its area becoming something else: the application checks the same and
-- answers with a field error first, so these fire only on a write that went round it.
create function organisation_area_is_a_pcn() returns trigger
    language plpgsql as
$$
begin
    if new.pcn_id is not null then
        if new.sector = 'PCN' then
            raise exception 'organisation %: a PCN is an area itself and belongs to no other', new.id
                using errcode = 'check_violation';
        end if;
        if not exists (select 1 from organisation where id = new.pcn_id and sector = 'PCN') then
            raise exception 'organisation %: pcn_id % is not a PCN', new.id, new.pcn_id
                using errcode = 'check_violation';
        end if;
    end if;
    if tg_op = 'UPDATE' and old.sector = 'PCN' and new.sector <> 'PCN'
        and exists (select 1 from organisation where pcn_id = new.id) then
        raise exception 'organisation %: still the PCN of other organisations', new.id
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;

create trigger organisation_area_check
    before insert or update of pcn_id, sector on organisation
    for each row execute function organisation_area_is_a_pcn();
