-- What the adopted Staat rests on is append-only in the database itself, whatever the application does: the
-- versions of every Stand, the Stuurgroep's decisions and the adopted Staten, like the audit trail already was.
-- TRUNCATE bypasses row triggers, so it is refused by a statement trigger, for the audit trail too.

create function alleen_toevoegen() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end;
$$;

create trigger stand_versie_alleen_toevoegen before update or delete on stand_versie
    for each row execute function alleen_toevoegen();
create trigger besluit_alleen_toevoegen before update or delete on besluit
    for each row execute function alleen_toevoegen();
create trigger vaststelling_alleen_toevoegen before update or delete on vaststelling
    for each row execute function alleen_toevoegen();

create trigger stand_versie_niet_legen before truncate on stand_versie
    for each statement execute function alleen_toevoegen();
create trigger besluit_niet_legen before truncate on besluit
    for each statement execute function alleen_toevoegen();
create trigger vaststelling_niet_legen before truncate on vaststelling
    for each statement execute function alleen_toevoegen();
create trigger audit_regel_niet_legen before truncate on audit_regel
    for each statement execute function alleen_toevoegen();
