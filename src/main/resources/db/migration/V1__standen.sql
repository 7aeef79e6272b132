-- Intake side: reference data, every version of every Stand, and the transactional outbox.

create table organisatie (
    code  varchar(64)  primary key,
    naam  varchar(200) not null,
    soort varchar(20)  not null check (soort in ('zbo', 'agentschap', 'rijksdienst', 'gemeente', 'overig'))
);

create table editie (
    jaar           integer     primary key,
    indienen_vanaf timestamptz not null,
    indienen_tot   timestamptz not null,
    check (indienen_vanaf < indienen_tot)
);

-- One row per (organisation, edition); its row lock serialises concurrent revisions of the same Stand.
create table stand (
    id               bigserial   primary key,
    organisatie_code varchar(64) not null references organisatie (code),
    editie_jaar      integer     not null references editie (jaar),
    laatste_versie   integer     not null default 0,
    unique (organisatie_code, editie_jaar)
);

-- Immutable: a revision or a withdrawal adds a row, nothing is ever updated.
create table stand_versie (
    id           bigserial   primary key,
    stand_id     bigint      not null references stand (id),
    versie       integer     not null,
    ingetrokken  boolean     not null,
    samenvatting text,
    indicatoren  jsonb,
    inhoud_hash  char(64),
    ingediend_op timestamptz not null,
    unique (stand_id, versie)
);

create table knelpunt (
    id                 bigserial    primary key,
    stand_versie_id    bigint       not null references stand_versie (id),
    positie            integer      not null,
    titel              varchar(200) not null,
    omschrijving       text         not null,
    ernst              varchar(20)  not null,
    themas             jsonb        not null,
    wetten             jsonb        not null,
    doelgroepen        jsonb        not null,
    oplossingsrichting text,
    unique (stand_versie_id, positie)
);

create table outbox (
    id             bigserial    primary key,
    gebeurtenis_id varchar(200) not null unique,
    type           varchar(200) not null,
    sleutel        varchar(64)  not null,
    onderwerp      varchar(200) not null,
    data           jsonb        not null,
    aangemaakt_op  timestamptz  not null
);

-- Consolidation side: only written by the Kafka consumer, never by intake.

create table geconsolideerde_stand (
    organisatie_code varchar(64)  not null,
    editie_jaar      integer      not null,
    versie           integer      not null,
    ingetrokken      boolean      not null,
    gebeurtenis_id   varchar(200) not null,
    stand            jsonb,
    bijgewerkt_op    timestamptz  not null,
    primary key (organisatie_code, editie_jaar)
);

create table editie_beeld (
    editie_jaar   integer     primary key,
    beeld         jsonb       not null,
    etag          varchar(64) not null,
    bijgewerkt_op timestamptz not null
);

insert into organisatie (code, naam, soort) values
    ('uwv', 'Uitvoeringsinstituut Werknemersverzekeringen', 'zbo'),
    ('svb', 'Sociale Verzekeringsbank', 'zbo'),
    ('belastingdienst', 'Belastingdienst', 'rijksdienst'),
    ('toeslagen', 'Dienst Toeslagen', 'rijksdienst'),
    ('duo', 'Dienst Uitvoering Onderwijs', 'agentschap'),
    ('ind', 'Immigratie- en Naturalisatiedienst', 'agentschap'),
    ('cjib', 'Centraal Justitieel Incassobureau', 'agentschap'),
    ('cak', 'CAK', 'zbo'),
    ('rvo', 'Rijksdienst voor Ondernemend Nederland', 'agentschap'),
    ('kadaster', 'Dienst voor het kadaster en de openbare registers', 'zbo'),
    ('coa', 'Centraal Orgaan opvang asielzoekers', 'zbo'),
    ('cbr', 'Centraal Bureau Rijvaardigheidsbewijzen', 'zbo'),
    ('gemeente-utrecht', 'Gemeente Utrecht', 'gemeente'),
    ('gemeente-zwolle', 'Gemeente Zwolle', 'gemeente');

-- 2022 and 2024 are closed; an administrator reopens a window with PATCH /api/v1/edities/{jaar}.
insert into editie (jaar, indienen_vanaf, indienen_tot) values
    (2022, '2022-01-10T00:00:00Z', '2022-04-01T00:00:00Z'),
    (2024, '2024-01-08T00:00:00Z', '2024-04-01T00:00:00Z'),
    (2025, '2025-09-01T00:00:00Z', '2027-04-01T00:00:00Z');
