-- Append-only audit trail of every write. The application only inserts; revoke update and delete from the
-- application's database role in production.
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
