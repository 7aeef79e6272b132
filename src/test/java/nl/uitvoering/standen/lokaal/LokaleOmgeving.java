package nl.uitvoering.standen.lokaal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
        URI basis = URI.create("http://localhost:" + poort);

        System.out.println("Standen: PostgreSQL en Kafka starten ...");
        EchtePostgres postgres = EchtePostgres.start(schoneMap(map.resolve("postgres")));
        EchteKafka kafka = EchteKafka.start(schoneMap(map.resolve("kafka")));
        Tokenuitgever tokens = Tokenuitgever.start(map);
        Path log = map.resolve("standen.log");
        Process dienst = dienst(log, postgres, kafka, tokens, poort).start();
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
        wachtTotGereed(basis, dienst, Duration.ofSeconds(90));

        DemoLader demo = new DemoLader(basis, tokens);
        Map<String, String> demoTokens = new java.util.LinkedHashMap<>();
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
                """, geladen, basis, basis, basis, basis, basis, basis, log.toAbsolutePath(), postgres.jdbcUrl(),
                kafka.bootstrapServers(), demoTokens.get("TOKEN_INDIENER_UWV"), demoTokens.get("TOKEN_INDIENER_SVB"),
                demoTokens.get("TOKEN_STUURGROEP"), demoTokens.get("TOKEN_LEZER"), demoTokens.get("TOKEN_BEHEER"),
                tokenbestand.toAbsolutePath());
        gestopt.await();
    }

    private static ProcessBuilder dienst(Path log, EchtePostgres postgres, EchteKafka kafka, Tokenuitgever tokens,
                                         int poort) {
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "STANDEN_JDBC_URL", postgres.jdbcUrl(),
                "STANDEN_DB_USER", EchtePostgres.GEBRUIKER,
                "STANDEN_DB_PASSWORD", "",
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "QUARKUS_HTTP_PORT", String.valueOf(poort)));
        Map<String, String> jwt = tokens.configuratie();
        builder.environment().put("STANDEN_JWT_PUBLIC_KEY_LOCATION", jwt.get("mp.jwt.verify.publickey.location"));
        builder.environment().put("STANDEN_JWT_ISSUER", jwt.get("mp.jwt.verify.issuer"));
        builder.environment().put("STANDEN_JWT_AUDIENCE", jwt.get("mp.jwt.verify.audiences"));
        return builder;
    }

    private static void wachtTotGereed(URI basis, Process dienst, Duration maximaal) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant grens = Instant.now().plus(maximaal);
        while (Instant.now().isBefore(grens)) {
            if (!dienst.isAlive()) {
                throw new IllegalStateException("The service stopped during start-up; see target/lokaal/standen.log");
            }
            try {
                HttpResponse<Void> gereed = http.send(HttpRequest.newBuilder(basis.resolve("/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (gereed.statusCode() == 200) {
                    return;
                }
            } catch (IOException nogNiet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The service was not ready within " + maximaal);
    }

    private static void stop(Process dienst) {
        dienst.destroy();
        try {
            if (!dienst.waitFor(15, TimeUnit.SECONDS)) {
                dienst.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            dienst.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path schoneMap(Path map) throws IOException {
        Mappen.verwijder(map);
        return Files.createDirectories(map);
    }
}
