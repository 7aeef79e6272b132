-- The Stuurgroep can confirm or reject one assignment of the reader; such decisions, and moves of a knelpunt to a
-- theme, are what a retrain learns from. Retrained reading models are versioned data of their own.

alter table besluit drop constraint besluit_soort_check;
alter table besluit add constraint besluit_soort_check check (soort in ('hernoemen', 'samenvoegen', 'verbergen',
    'tonen', 'annoteren', 'verplaatsen', 'bevestigen', 'verwerpen'));

create table leesmodel (
    versie             integer      primary key,
    model              jsonb        not null,
    trainingsdata_hash varchar(80)  not null,
    aantal_voorbeelden integer      not null,
    aangemaakt_door    varchar(200) not null,
    aangemaakt_op      timestamptz  not null
);
