-- Append-only audit trail of every write: the application only inserts, and a trigger refuses the rest.
create table audit_regel (
    id          bigserial    primary key,
    tijdstip    timestamptz  not null,
    subject     varchar(200) not null,
    organisatie varchar(64),
    rollen      varchar(200) not null,
    actie       varchar(40)  not null,
    resource    varchar(300) not null,
    versie      integer,
    verzoek_id  varchar(100) not null
);

-- Append-only in the database itself, whatever the application does.
create function audit_regel_onveranderlijk() returns trigger language plpgsql as $$
begin
    raise exception 'audit_regel is append-only';
end;
$$;

create trigger audit_regel_alleen_toevoegen
    before update or delete on audit_regel
    for each row execute function audit_regel_onveranderlijk();
