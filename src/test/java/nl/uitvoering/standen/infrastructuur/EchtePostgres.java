package nl.uitvoering.standen.infrastructuur;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** A real PostgreSQL server (not an emulation), run from binaries that Maven Central provides. */
public final class EchtePostgres implements AutoCloseable {

    public static final String DATABASE = "standen";
    public static final String GEBRUIKER = "postgres";

    private final Path map;
    private final int poort;
    private final Map<String, String> serverInstellingen;
    private EmbeddedPostgres server;

    private EchtePostgres(Path map, int poort, Map<String, String> serverInstellingen) {
        this.map = map;
        this.poort = poort;
        this.serverInstellingen = serverInstellingen;
    }

    /** Starts a fresh server in an empty folder, with the database of the service. */
    public static EchtePostgres start(Path map) throws IOException, SQLException {
        return start(map, Map.of());
    }

    /**
     * As {@link #start(Path)}, with server settings over the embedded defaults (which trade durability for speed
     * with {@code synchronous_commit=off}; a benchmark turns it back on).
     */
    public static EchtePostgres start(Path map, Map<String, String> serverInstellingen)
            throws IOException, SQLException {
        EchtePostgres postgres = new EchtePostgres(map, VrijePoort.zoek(), serverInstellingen);
        postgres.herstart();
        try (Connection verbinding = postgres.server.getPostgresDatabase().getConnection();
             Statement sql = verbinding.createStatement()) {
            sql.execute("create database " + DATABASE + " encoding 'UTF8'");
        }
        return postgres;
    }

    /** Starts the server (again) on its original port and data. */
    public synchronized void herstart() throws IOException {
        if (server == null) {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(map)
                    .setCleanDataDirectory(false).setPort(poort);
            serverInstellingen.forEach(builder::setServerConfig);
            server = builder.start();
        }
    }

    /** Stops the server; its data stays for {@link #herstart()}. */
    public synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    public int poort() {
        return poort;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + poort + "/" + DATABASE + "?user=" + GEBRUIKER;
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
