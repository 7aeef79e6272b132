package nl.uitvoering.standen.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.uitvoering.standen.infrastructuur.EchtePostgres;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The machine's own ceilings, measured against the same servers as the service: PostgreSQL doing exactly the
 * writes of one submission (pgbench), and the Kafka broker taking records of a Stand's size (ProducerPerformance).
 */
final class Plafonds {

    static final String KOPIE = "standen_pgbench";

    private final EchtePostgres postgres;
    private final Path map;

    Plafonds(EchtePostgres postgres, Path map) {
        this.postgres = postgres;
        this.map = map;
    }

    /**
     * A copy of the service's database (schema, organisations and Standen) for pgbench to write into, so that the
     * service's own data stays as it was. The service must be stopped: a template may have no connections.
     */
    void maakKopie() throws Exception {
        try (Connection verbinding = DriverManager.getConnection(beheerUrl());
             Statement sql = verbinding.createStatement()) {
            sql.execute("drop database if exists " + KOPIE);
            sql.execute("create database " + KOPIE + " template " + EchtePostgres.DATABASE);
        }
    }

    /** Transactions per second of one submission's writes: the PostgreSQL ceiling for intake. */
    double pgbench(String script, int clients, int seconden) throws Exception {
        Path bestand = map.resolve("indiening.sql");
        Files.writeString(bestand, script, StandardCharsets.UTF_8);
        String uitvoer = Opdracht.voerUit(List.of("pgbench", "-h", "localhost", "-p",
                String.valueOf(postgres.poort()), "-U", EchtePostgres.GEBRUIKER, "-n", "-M", "prepared",
                "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconden), "-f", bestand.toString(),
                KOPIE), Map.of("PGPASSWORD", ""));
        return Opdracht.getal(uitvoer, "tps = ([0-9.]+)");
    }

    /**
     * The pgbench script of one submission as {@code StandService} writes it: lock the Stand, read the latest
     * version, add a version with its knelpunten one insert each (no JDBC batching), an outbox row with the event
     * and an audit row, in one transaction.
     */
    static String indieningsScript(String body, List<JsonNode> knelpunten, int organisaties, int jaar) {
        StringBuilder sql = new StringBuilder();
        sql.append("\\set org random(1, ").append(organisaties).append(")\n");
        sql.append("BEGIN;\n");
        sql.append("SELECT id AS stand_id, laatste_versie + 1 AS versie FROM stand WHERE organisatie_code = "
                + "'bench-' || :org::text AND editie_jaar = ").append(jaar).append(" FOR UPDATE \\gset\n");
        sql.append("SELECT inhoud_hash FROM stand_versie WHERE stand_id = :stand_id AND versie = :versie - 1;\n");
        sql.append("UPDATE stand SET laatste_versie = :versie WHERE id = :stand_id;\n");
        sql.append("INSERT INTO stand_versie (stand_id, versie, ingetrokken, samenvatting, indicatoren, inhoud_hash, "
                + "ingediend_op) VALUES (:stand_id, :versie, false, 'Herziening van een Stand', NULL, "
                + "md5(random()::text) || md5(random()::text), now()) RETURNING id AS versie_id \\gset\n");
        for (int positie = 0; positie < knelpunten.size(); positie++) {
            JsonNode knelpunt = knelpunten.get(positie);
            sql.append("INSERT INTO knelpunt (stand_versie_id, positie, titel, omschrijving, ernst, themas, wetten, "
                    + "doelgroepen, oplossingsrichting) VALUES (:versie_id, ").append(positie).append(", ")
                    .append(literal(knelpunt.path("titel").asText())).append(", ")
                    .append(literal(knelpunt.path("omschrijving").asText())).append(", ")
                    .append(literal(knelpunt.path("ernst").asText())).append(", ")
                    .append(literal(knelpunt.path("themas").toString())).append(", ")
                    .append(literal(knelpunt.path("wetten").toString())).append(", ")
                    .append(literal(knelpunt.path("doelgroepen").toString())).append(", ")
                    .append(literal(knelpunt.path("oplossingsrichting").asText())).append(");\n");
        }
        sql.append("INSERT INTO outbox (gebeurtenis_id, type, sleutel, onderwerp, data, aangemaakt_op) VALUES ("
                + "'pgbench:' || :stand_id::text || ':' || :versie::text, 'nl.standen.stand.ingediend', "
                + "'bench-' || :org::text, 'bench', ").append(literal("{\"inhoud\": " + body + "}"))
                .append(", now());\n");
        sql.append("INSERT INTO audit_regel (tijdstip, subject, organisatie, rollen, actie, resource, versie, "
                + "verzoek_id) VALUES (now(), 'indiener-bench-' || :org::text, 'bench-' || :org::text, 'indiener', "
                + "'herzien', 'edities/").append(jaar).append("/standen/bench-' || :org::text, :versie, "
                + "gen_random_uuid()::text);\n");
        sql.append("END;\n");
        return sql.toString();
    }

    /** Records per second of the broker for records of this size, acks=all and idempotent like the relay. */
    static double kafka(String bootstrapServers, int recordGrootte, int aantal) throws Exception {
        String topic = "benchmark.producent";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        }
        String uitvoer = Opdracht.voerUit(Opdracht.java("org.apache.kafka.tools.ProducerPerformance",
                "--topic", topic, "--num-records", String.valueOf(aantal), "--record-size",
                String.valueOf(recordGrootte), "--throughput", "-1", "--producer-props",
                "bootstrap.servers=" + bootstrapServers, "acks=all", "enable.idempotence=true", "linger.ms=5"));
        return Opdracht.getal(uitvoer, "records sent, ([0-9.]+) records/sec");
    }

    private String beheerUrl() {
        return "jdbc:postgresql://localhost:" + postgres.poort() + "/postgres?user=" + EchtePostgres.GEBRUIKER;
    }

    private static String literal(String tekst) {
        return "'" + tekst.replace("'", "''") + "'";
    }
}
