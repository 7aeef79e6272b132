package nl.uitvoering.standen.lokaal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import nl.uitvoering.standen.infrastructuur.DienstProces;
import nl.uitvoering.standen.infrastructuur.EchteKafka;
import nl.uitvoering.standen.infrastructuur.EchtePostgres;
import nl.uitvoering.standen.infrastructuur.Mappen;
import nl.uitvoering.standen.infrastructuur.Tokenuitgever;

/**
 * The local run: a real PostgreSQL and Kafka broker, the packaged service as a child process, and the sample
 * Standen loaded through the API. Ctrl-C stops all three.
 */
public final class LokaleOmgeving {

    private LokaleOmgeving() {
    }

    public static void main(String[] args) throws Exception {
        Path map = Files.createDirectories(Path.of("target", "lokaal"));
        int poort = Integer.parseInt(System.getenv().getOrDefault("STANDEN_HTTP_PORT", "8080"));

        System.out.println("Standen: PostgreSQL en Kafka starten ...");
        EchtePostgres postgres = EchtePostgres.start(schoneMap(map.resolve("postgres")));
        EchteKafka kafka = EchteKafka.start(schoneMap(map.resolve("kafka")));
        Tokenuitgever tokens = Tokenuitgever.start(map);
        Path log = map.resolve("standen.log");
        Files.deleteIfExists(log);
        DienstProces dienst = new DienstProces(Path.of("target", "quarkus-app", "quarkus-run.jar"), log,
                DienstProces.omgeving(postgres, kafka, tokens), poort);
        URI basis = dienst.basis();
        CountDownLatch gestopt = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStanden: stoppen ...");
            stop(dienst);
            kafka.close();
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            gestopt.countDown();
        }));
        System.out.println("Standen: de dienst starten (log: " + log + ") ...");
        dienst.start(Duration.ofSeconds(90));

        DemoLader demo = new DemoLader(basis, tokens);
        Map<String, String> demoTokens = new LinkedHashMap<>();
        demoTokens.put("TOKEN_INDIENER_UWV", tokens.indiener("uwv"));
        demoTokens.put("TOKEN_INDIENER_SVB", tokens.indiener("svb"));
        demoTokens.put("TOKEN_STUURGROEP", tokens.met("demo-stuurgroep", "stuurgroep"));
        demoTokens.put("TOKEN_LEZER", tokens.met("demo-lezer", "lezer"));
        demoTokens.put("TOKEN_BEHEER", tokens.met("demo-beheer", "beheer"));
        Path tokenbestand = map.resolve("tokens.env");
        StringBuilder regels = new StringBuilder();
        demoTokens.forEach((naam, token) -> regels.append("export ").append(naam).append('=').append(token)
                .append('\n'));
        Files.writeString(tokenbestand, regels);
        Map<Integer, Integer> geladen = demo.laad();
        demo.wachtOpBeeld(geladen, Duration.ofSeconds(60));

        System.out.printf("""

                Standen draait, met voorbeeld-Standen per editie %s.
                  Thema's 2024:  %s/api/v1/edities/2024/themas
                  Edities:       %s/api/v1/edities
                  Organisaties:  %s/api/v1/organisaties
                  Dashboard:     %s/dashboard/
                  Swagger UI:    %s/q/swagger-ui
                  OpenAPI:       %s/api/v1/openapi.json
                  Gezondheid:    %s/q/health
                  Log:           %s
                  PostgreSQL:    %s
                  Kafka:         %s
                De vensters van 2022, 2024 en 2025 zijn voor de demo heropend: PUT werkt op alle drie.

                Tokens voor de demo (8 uur geldig, ondertekend met een sleutel die alleen deze run kent),
                te gebruiken als 'Authorization: Bearer <token>' (ook in Swagger UI, knop Authorize):
                  indiener uwv:  %s
                  indiener svb:  %s
                  stuurgroep:    %s
                  lezer:         %s
                  beheer:        %s
                Dezelfde tokens als shell-variabelen: source %s
                Stoppen: Ctrl-C.
                """, geladen, basis, basis, basis, basis, basis, basis, basis, log.toAbsolutePath(), postgres.jdbcUrl(),
                kafka.bootstrapServers(), demoTokens.get("TOKEN_INDIENER_UWV"), demoTokens.get("TOKEN_INDIENER_SVB"),
                demoTokens.get("TOKEN_STUURGROEP"), demoTokens.get("TOKEN_LEZER"), demoTokens.get("TOKEN_BEHEER"),
                tokenbestand.toAbsolutePath());
        gestopt.await();
    }

    private static void stop(DienstProces dienst) {
        try {
            dienst.stop();
        } catch (InterruptedException | IllegalStateException e) {
            System.err.println("The service did not stop cleanly: " + e.getMessage());
        }
    }

    private static Path schoneMap(Path map) throws IOException {
        Mappen.verwijder(map);
        return Files.createDirectories(map);
    }
}
