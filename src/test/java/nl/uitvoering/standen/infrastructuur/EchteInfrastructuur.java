package nl.uitvoering.standen.infrastructuur;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts a real PostgreSQL and a real Kafka broker once per test run, unless the environment already names them
 * ({@code STANDEN_JDBC_URL}, {@code KAFKA_BOOTSTRAP_SERVERS}).
 */
public class EchteInfrastructuur implements QuarkusTestResourceLifecycleManager {

    private static EchteKafka kafka;
    private static Tokenuitgever tokens;
    private static EchtePostgres postgres;
    private Path map;

    /** The database of this run, for tests that stop and start it; null when an external one is used. */
    public static EchtePostgres postgres() {
        return postgres;
    }

    /** The token issuer the service trusts in this run. */
    public static Tokenuitgever tokens() {
        return tokens;
    }

    /** The broker of this run, for tests that stop and start it; null when an external broker is used. */
    public static EchteKafka kafka() {
        return kafka;
    }

    @Override
    public Map<String, String> start() {
        try {
            map = Files.createTempDirectory("standen-test-");
            Map<String, String> config = new HashMap<>();
            tokens = Tokenuitgever.start(map);
            config.putAll(tokens.configuratie());
            if (System.getenv("STANDEN_JDBC_URL") == null) {
                postgres = EchtePostgres.start(Files.createDirectories(map.resolve("postgres")));
                config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
                config.put("quarkus.datasource.username", EchtePostgres.GEBRUIKER);
                config.put("quarkus.datasource.password", "");
            }
            if (System.getenv("KAFKA_BOOTSTRAP_SERVERS") == null) {
                kafka = EchteKafka.start(Files.createDirectories(map.resolve("kafka")));
                config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
            }
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the test infrastructure", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (kafka != null) {
                kafka.close();
                kafka = null;
            }
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
            Mappen.verwijder(map);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the test infrastructure", e);
        }
    }
}
