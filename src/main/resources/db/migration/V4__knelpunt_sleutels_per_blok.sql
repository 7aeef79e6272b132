-- Knelpunt keys are handed out by the service in blocks of 50 (Hibernate's pooled sequence), so that the
-- knelpunten of a Stand are inserted in one JDBC batch instead of one round trip each (see BENCHMARKS.md).
-- The column default stays nextval: other writers still get unique keys.
alter sequence knelpunt_id_seq increment by 50;
