-- Whether an edition's Staat is adopted is a fact of the edition, so that intake can refuse changes without
-- knowing how adoption is stored. Once set it never goes back, whatever the application does.

alter table editie add column vastgesteld boolean not null default false;
update editie set vastgesteld = true where jaar in (select jaar from vaststelling);

create function vastgesteld_blijft_vastgesteld() returns trigger language plpgsql as $$
begin
    if old.vastgesteld and not new.vastgesteld then
        raise exception 'editie % is vastgesteld', old.jaar;
    end if;
    return new;
end;
$$;

create trigger editie_vastgesteld_blijft before update on editie
    for each row execute function vastgesteld_blijft_vastgesteld();
