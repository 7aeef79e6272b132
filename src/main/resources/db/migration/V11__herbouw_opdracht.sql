-- A rebuild order: recompute every picture from the consolidated Standen. Any instance records it (intake pods
-- too); one consolidator at a time carries it out, edition by edition, under a lease. A consolidator that dies
-- halfway lets its lease run out, and another one continues after the last edition that was done. Nothing is
-- wiped: each edition's picture is replaced in one transaction.

create table herbouw_opdracht (
    id             bigserial    primary key,
    gevraagd_door  varchar(200) not null,
    gevraagd_op    timestamptz  not null,
    status         varchar(10)  not null check (status in ('open', 'bezig', 'klaar')),
    uitvoerder     varchar(200),
    lease_tot      timestamptz,
    laatste_editie integer,
    klaar_op       timestamptz
);

create index herbouw_opdracht_onaf on herbouw_opdracht (id) where status <> 'klaar';
