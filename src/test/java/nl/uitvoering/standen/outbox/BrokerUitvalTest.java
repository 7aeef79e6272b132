package nl.uitvoering.standen.outbox;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static nl.uitvoering.standen.TestData.standOver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.uitvoering.standen.EchteStack;
import nl.uitvoering.standen.infrastructuur.EchteKafka;
import nl.uitvoering.standen.infrastructuur.EchteInfrastructuur;
import org.junit.jupiter.api.Test;

/** Intake does not depend on the broker: Standen accepted while it is down reach the picture once it is back. */
@QuarkusTest
@EchteStack
class BrokerUitvalTest {

    private static final List<String> ORGANISATIES = List.of("uwv", "svb", "belastingdienst", "toeslagen", "duo",
            "ind", "cjib", "cak", "rvo", "kadaster");
    private static final List<String> THEMAS = List.of("complexiteit-regelgeving", "ict-gegevensuitwisseling",
            "standaard-versus-maatwerk", "arbeidsmarkt-personeel", "beleidsreflex", "menselijke-maat",
            "financiering-sturing");

    @Test
    void tweehonderdHerzieningenTijdensEenStoringGevenHetzelfdeBeeldAlsEenSchoneRun() throws Exception {
        EchteKafka kafka = EchteInfrastructuur.kafka();
        assumeThat(kafka).as("only with the broker this test run started itself").isNotNull();
        int storing = nieuweOpenEditie();
        int schoon = nieuweOpenEditie();

        kafka.stop();
        try {
            ExecutorService draden = Executors.newFixedThreadPool(8);
            List<Callable<Integer>> herzieningen = new ArrayList<>();
            for (int ronde = 0; ronde < 20; ronde++) {
                for (int o = 0; o < ORGANISATIES.size(); o++) {
                    String organisatie = ORGANISATIES.get(o);
                    String body = standOver(THEMAS.get((o + ronde) % THEMAS.size()),
                            THEMAS.get((o + 2 * ronde + 1) % THEMAS.size()));
                    herzieningen.add(() -> given().auth().oauth2(EchteInfrastructuur.tokens().indiener(organisatie))
                            .contentType(ContentType.JSON).body(body)
                            .when().put("/api/v1/edities/" + storing + "/standen/" + organisatie)
                            .then().extract().statusCode());
                }
            }
            List<Integer> statussen = new ArrayList<>();
            for (var uitkomst : draden.invokeAll(herzieningen)) {
                statussen.add(uitkomst.get());
            }
            draden.shutdown();
            assertThat(statussen).hasSize(200).allSatisfy(status -> assertThat(status).isIn(200, 201));
        } finally {
            kafka.herstart();
        }
        for (String organisatie : ORGANISATIES) {
            Map<String, Object> laatste = given().when()
                    .get("/api/v1/edities/" + storing + "/standen/" + organisatie)
                    .then().statusCode(200).extract().path("inhoud");
            given().contentType(ContentType.JSON).body(laatste)
                    .when().put("/api/v1/edities/" + schoon + "/standen/" + organisatie).then().statusCode(201);
        }

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            long wachtend = QuarkusTransaction.requiringNew().call(() -> OutboxBericht.count());
            assertThat(wachtend).isZero();
            assertThat(zonderVersies(storing)).isEqualTo(zonderVersies(schoon)).isNotEmpty();
        });
    }

    /** The themes of a picture without the version numbers, which differ between the two runs by design. */
    private static String zonderVersies(int jaar) {
        return given().queryParam("paginaGrootte", 100).when().get("/api/v1/edities/" + jaar + "/themas")
                .then().statusCode(200).extract().jsonPath().getList("themas").toString()
                .replaceAll("versie=\\d+", "versie=*");
    }

    @Test
    void zonderBrokerWordenStandenAanvaardEnDaarnaAlsnogGeconsolideerd() throws Exception {
        EchteKafka kafka = EchteInfrastructuur.kafka();
        assumeThat(kafka).as("only with the broker this test run started itself").isNotNull();
        int jaar = nieuweOpenEditie();

        kafka.stop();
        try {
            for (String organisatie : new String[] {"uwv", "svb", "duo"}) {
                given().contentType(ContentType.JSON).body(standOver("arbeidsmarkt-personeel"))
                        .when().put("/api/v1/edities/" + jaar + "/standen/" + organisatie)
                        .then().statusCode(201);
            }
        } finally {
            kafka.herstart();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().when().get("/api/v1/edities/" + jaar + "/themas")
                        .then().statusCode(200)
                        .body("aantalOrganisaties", equalTo(3))
                        .body("themas[0].id", equalTo("arbeidsmarkt-personeel")));
    }

    @Test
    void zonderBrokerBlijftDeIntakeGereedEnMeldtDeGezondheidEenOudeOutbox() throws Exception {
        EchteKafka kafka = EchteInfrastructuur.kafka();
        assumeThat(kafka).as("only with the broker this test run started itself").isNotNull();
        int jaar = nieuweOpenEditie();

        kafka.stop();
        try {
            given().contentType(ContentType.JSON).body(standOver("beleidsreflex"))
                    .when().put("/api/v1/edities/" + jaar + "/standen/uwv").then().statusCode(201);
            // The test profile allows an outbox row 2 s (standen.outbox.max-age); older is reported, not fatal.
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().when().get("/q/health/well")
                    .then().statusCode(503)
                    .body("checks.find { it.name == 'outbox-ouderdom' }.status", equalTo("DOWN")));
            given().when().get("/q/health/live").then().statusCode(200)
                    .body("checks.find { it.name == 'outbox-relay' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'consolidatie-consument' }.status", equalTo("UP"));
            // As a Kubernetes readiness probe asks: an answer within its timeout, and ready.
            given().config(io.restassured.RestAssured.config().httpClient(
                            io.restassured.config.HttpClientConfig.httpClientConfig()
                                    .setParam("http.socket.timeout", 10_000)
                                    .setParam("http.connection.timeout", 10_000)))
                    .when().get("/q/health/ready")
                    .then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            kafka.herstart();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get("/q/health/well")
                .then().statusCode(200));
    }
}
