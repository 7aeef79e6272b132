-- The Stuurgroep's decisions on top of the automatic picture, and the adopted (frozen) Staat of an edition.

create table besluit (
    id           bigserial    primary key,
    editie_jaar  integer      not null references editie (jaar),
    soort        varchar(20)  not null
        check (soort in ('hernoemen', 'samenvoegen', 'verbergen', 'tonen', 'annoteren', 'verplaatsen')),
    thema        varchar(100) not null,
    doel_thema   varchar(100),
    organisatie  varchar(64),
    positie      integer,
    naam         varchar(200),
    omschrijving varchar(2000),
    notitie      varchar(4000),
    genomen_door varchar(200) not null,
    genomen_op   timestamptz  not null
);

create table vaststelling (
    editie_jaar      integer      primary key references editie (jaar),
    staat            jsonb        not null,
    inhoud_hash      char(64)     not null,
    vastgesteld_door varchar(200) not null,
    vastgesteld_op   timestamptz  not null
);
