-- An outbox row the broker will never take (too large for the topic, not serialisable) moves here with the reason,
-- so that the rows behind it are published and nothing accepted is lost. Kept for an operator; never updated.

create table outbox_dode_letter (
    id             bigint       primary key,
    gebeurtenis_id varchar(200) not null unique,
    type           varchar(200) not null,
    sleutel        varchar(64)  not null,
    onderwerp      varchar(200) not null,
    data           jsonb        not null,
    aangemaakt_op  timestamptz  not null,
    reden          text         not null,
    verplaatst_op  timestamptz  not null
);

create trigger outbox_dode_letter_alleen_toevoegen before update on outbox_dode_letter
    for each row execute function alleen_toevoegen();
