-- The hash of an adopted Staat is now taken over its RFC 8785 canonical form, which anyone can recompute from the
-- stored Staat (GET .../vaststelling/staat). Staten adopted before say so: their hash was taken over the service's
-- own serialisation and cannot be checked that way. Adding a column is no UPDATE, so the append-only trigger holds.

alter table vaststelling add column hash_methode varchar(40) not null default 'sha256-serialisatie';
alter table vaststelling alter column hash_methode set default 'sha256-rfc8785';
