package nl.uitvoering.standen.systeem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.uitvoering.standen.infrastructuur.DienstProces;
import nl.uitvoering.standen.infrastructuur.EchteKafka;
import nl.uitvoering.standen.infrastructuur.EchtePostgres;
import nl.uitvoering.standen.infrastructuur.Mappen;
import nl.uitvoering.standen.infrastructuur.Tokenuitgever;
import nl.uitvoering.standen.infrastructuur.VrijePoort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged service as its own process, killed with SIGKILL and stopped with SIGTERM in the middle of a
 * submission run, against the real database and broker: every Stand that got a 2xx survives, none is
 * half-written or applied twice, and a graceful stop leaves no event behind in the outbox.
 */
class CrashEnAfsluitenIT {

    private static final List<String> ORGANISATIES = List.of("uwv", "svb", "duo", "ind", "cjib", "cak");
    private static final int JAAR = 2095;

    private static Path map;
    private static EchtePostgres postgres;
    private static EchteKafka kafka;
    private static Tokenuitgever tokens;
    private static DienstProces dienst;

    @BeforeAll
    static void start() throws Exception {
        map = Files.createTempDirectory("standen-it-");
        postgres = EchtePostgres.start(Files.createDirectories(map.resolve("postgres")));
        kafka = EchteKafka.start(Files.createDirectories(map.resolve("kafka")));
        tokens = Tokenuitgever.start(map);
        Map<String, String> omgeving = DienstProces.omgeving(postgres, kafka, tokens);
        omgeving.put("STANDEN_WRITES_PER_MINUTE", "100000");
        dienst = new DienstProces(Path.of(System.getProperty("standen.jar", "target/quarkus-app/quarkus-run.jar")),
                map.resolve("dienst.log"), omgeving, VrijePoort.zoek());
        dienst.start(Duration.ofSeconds(90));
        Instant nu = Instant.now();
        verstuur("POST", "/api/v1/edities", tokens.met("it-beheer", "beheer"), """
                {"jaar": %d, "indienenVanaf": "%s", "indienenTot": "%s"}"""
                .formatted(JAAR, nu.minusSeconds(86_400), nu.plusSeconds(86_400)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (dienst != null) {
            dienst.dood();
        }
        kafka.close();
        postgres.close();
        Mappen.verwijder(map);
    }

    @Test
    void naSigkillEnSigtermIsElkeAanvaardeStandEr() throws Exception {
        Map<String, Integer> aanvaard = new ConcurrentHashMap<>();
        belast(aanvaard, Duration.ofSeconds(3), () -> dienst.dood());
        dienst.start(Duration.ofSeconds(90));
        controleerStanden(aanvaard);

        belast(aanvaard, Duration.ofSeconds(2), () -> dienst.stop());
        try (Connection db = verbinding()) {
            assertThat(getal(db, "select count(*) from outbox")).as("outbox after SIGTERM").isZero();
        }
        dienst.start(Duration.ofSeconds(90));
        controleerStanden(aanvaard);
    }

    /** Submits revisions from several threads; halfway through, does the fault; remembers what got a 2xx. */
    private void belast(Map<String, Integer> aanvaard, Duration duur, Storing storing) throws Exception {
        AtomicBoolean door = new AtomicBoolean(true);
        ExecutorService draden = Executors.newFixedThreadPool(ORGANISATIES.size());
        for (String organisatie : ORGANISATIES) {
            String token = tokens.indiener(organisatie);
            draden.submit(() -> {
                for (int i = 0; door.get(); i++) {
                    try {
                        HttpResponse<String> antwoord = verstuur("PUT", "/api/v1/edities/" + JAAR + "/standen/"
                                + organisatie, token, """
                                {"knelpunten": [{"titel": "Herziening %d %s", "omschrijving": "Tekst %d.",
                                 "ernst": "hoog"}]}""".formatted(i, Instant.now(), i));
                        if (antwoord.statusCode() / 100 == 2) {
                            int versie = Integer.parseInt(antwoord.headers().firstValue("ETag").orElseThrow()
                                    .replace("\"", ""));
                            aanvaard.merge(organisatie, versie, Math::max);
                        }
                    } catch (Exception verbindingWeg) {
                        Thread.sleep(20);
                    }
                }
                return null;
            });
        }
        Thread.sleep(duur.toMillis() / 2);
        storing.voerUit();
        Thread.sleep(duur.toMillis() / 2);
        door.set(false);
        draden.shutdown();
        assertThat(draden.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(aanvaard).as("the load reached the service").isNotEmpty();
    }

    /** Gap-free versions, each whole, every accepted one present, and the picture at the latest version. */
    private void controleerStanden(Map<String, Integer> aanvaard) throws Exception {
        try (Connection db = verbinding()) {
            for (String organisatie : aanvaard.keySet()) {
                int laatste = getal(db, "select laatste_versie from stand where editie_jaar = " + JAAR
                        + " and organisatie_code = '" + organisatie + "'");
                assertThat(laatste).as("latest version of %s", organisatie)
                        .isGreaterThanOrEqualTo(aanvaard.get(organisatie));
                assertThat(getal(db, "select count(distinct v.versie) from stand_versie v join stand s on s.id ="
                        + " v.stand_id where s.editie_jaar = " + JAAR + " and s.organisatie_code = '"
                        + organisatie + "' and v.versie between 1 and " + laatste)).isEqualTo(laatste);
                assertThat(getal(db, "select count(*) from stand_versie v join stand s on s.id = v.stand_id "
                        + "where s.editie_jaar = " + JAAR + " and s.organisatie_code = '" + organisatie + "' and "
                        + "(select count(*) from knelpunt k where k.stand_versie_id = v.id) <> 1")).isZero();
            }
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            try (Connection db = verbinding()) {
                assertThat(getal(db, "select count(*) from outbox")).isZero();
                assertThat(getal(db, "select count(*) from geconsolideerde_stand g join stand s on "
                        + "s.organisatie_code = g.organisatie_code and s.editie_jaar = g.editie_jaar where "
                        + "g.editie_jaar = " + JAAR + " and g.versie = s.laatste_versie"))
                        .isEqualTo(aanvaard.size());
            }
            HttpResponse<String> themas = verstuur("GET", "/api/v1/edities/" + JAAR + "/themas",
                    tokens.met("it-lezer", "lezer"), null);
            assertThat(themas.body()).contains("\"aantalOrganisaties\":" + aanvaard.size());
        });
    }

    private static HttpResponse<String> verstuur(String methode, String pad, String token, String body)
            throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(dienst.basis().resolve(pad))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .method(methode, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            verzoek.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Connection verbinding() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl());
    }

    private static int getal(Connection db, String sql) throws SQLException {
        try (Statement opdracht = db.createStatement(); ResultSet rij = opdracht.executeQuery(sql)) {
            rij.next();
            return rij.getInt(1);
        }
    }

    @FunctionalInterface
    private interface Storing {
        void voerUit() throws Exception;
    }
}
