package nl.uitvoering.standen.infrastructuur;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A real PostgreSQL server (not an emulation), run from binaries that Maven Central provides. */
public final class EchtePostgres implements AutoCloseable {

    public static final String DATABASE = "standen";
    public static final String GEBRUIKER = "postgres";

    private final EmbeddedPostgres server;

    private EchtePostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    public static EchtePostgres start(Path map) throws IOException, SQLException {
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(map)
                .setCleanDataDirectory(true)
                .setPort(VrijePoort.zoek())
                .start();
        try (Connection verbinding = server.getPostgresDatabase().getConnection();
             Statement sql = verbinding.createStatement()) {
            sql.execute("create database " + DATABASE + " encoding 'UTF8'");
        }
        return new EchtePostgres(server);
    }

    public String jdbcUrl() {
        return server.getJdbcUrl(GEBRUIKER, DATABASE);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
