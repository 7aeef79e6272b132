-- The write limit per signed-in subject, shared by every instance: a token bucket per subject, refilled by the
-- database's clock. Only the limiter writes it; losing it costs nothing but a fresh bucket.

create table schrijflimiet (
    sleutel    varchar(200)     primary key,
    tokens     double precision not null,
    toegestaan boolean          not null,
    bijgevuld  timestamptz      not null
);
