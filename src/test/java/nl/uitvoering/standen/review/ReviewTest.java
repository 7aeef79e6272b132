package nl.uitvoering.standen.review;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static nl.uitvoering.standen.TestData.standOver;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.uitvoering.standen.infrastructuur.EchteInfrastructuur;
import nl.uitvoering.standen.infrastructuur.EchteKafka;
import io.restassured.http.ContentType;
import java.time.Duration;
import nl.uitvoering.standen.AutomatischeToegang;
import nl.uitvoering.standen.EchteStack;
import org.junit.jupiter.api.Test;

/** The Stuurgroep decides on top of the automatic picture, and adopts a frozen Staat. */
@QuarkusTest
@EchteStack
class ReviewTest {

    @Test
    void besluitenBlijvenGeldenAlsErNieuweStandenBijkomen() {
        int jaar = nieuweOpenEditie();
        given().contentType(ContentType.JSON).body(standOver("beleidsreflex"))
                .when().put("/api/v1/edities/" + jaar + "/standen/uwv").then().statusCode(201);
        given().contentType(ContentType.JSON).body(standOver("complexiteit-regelgeving"))
                .when().put("/api/v1/edities/" + jaar + "/standen/svb").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/v1/edities/" + jaar + "/themas").then().body("aantalOrganisaties", equalTo(2)));

        given().contentType(ContentType.JSON)
                .body("{\"soort\": \"samenvoegen\", \"thema\": \"beleidsreflex\", \"doelThema\": "
                        + "\"complexiteit-regelgeving\"}")
                .when().post("/api/v1/edities/" + jaar + "/besluiten").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body("{\"soort\": \"hernoemen\", \"thema\": \"complexiteit-regelgeving\", \"naam\": \"Regeldruk\"}")
                .when().post("/api/v1/edities/" + jaar + "/besluiten").then().statusCode(201);
        given().contentType(ContentType.JSON).body(standOver("beleidsreflex"))
                .when().put("/api/v1/edities/" + jaar + "/standen/duo").then().statusCode(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/v1/edities/" + jaar + "/themas")
                .then().statusCode(200)
                .body("themas.id", contains("complexiteit-regelgeving"))
                .body("themas[0].naam", equalTo("Regeldruk"))
                .body("themas[0].organisaties", contains("duo", "svb", "uwv"))
                .body("themas[0].besluiten", hasItem("hernoemd tot 'Regeldruk'")));
        given().when().get("/api/v1/edities/" + jaar + "/besluiten")
                .then().statusCode(200).body("elementen", hasSize(2));
        given().contentType(ContentType.JSON).body("{\"soort\": \"hernoemen\", \"thema\": \"x\"}")
                .when().post("/api/v1/edities/" + jaar + "/besluiten")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void eenVastgesteldeStaatIsBevrorenEnOpenbaar() {
        int jaar = nieuweOpenEditie();
        given().contentType(ContentType.JSON).body(standOver("menselijke-maat"))
                .when().put("/api/v1/edities/" + jaar + "/standen/cak").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/v1/edities/" + jaar + "/themas").then().body("aantalOrganisaties", equalTo(1)));
        given().header(AutomatischeToegang.ANONIEM, "ja")
                .when().get("/api/v1/edities/" + jaar + "/vaststelling").then().statusCode(404);

        given().when().post("/api/v1/edities/" + jaar + "/vaststelling")
                .then().statusCode(201)
                .body("inhoudHash", matchesPattern("[0-9a-f]{64}"))
                .body("vastgesteldDoor", equalTo("stuurgroep"))
                .body("hashMethode", equalTo("sha256-rfc8785"))
                .body("staat.standVersies[0].organisatie", equalTo("cak"))
                .body("staat.beeld.themas[0].id", equalTo("menselijke-maat"));

        given().header(AutomatischeToegang.ANONIEM, "ja")
                .when().get("/api/v1/edities/" + jaar + "/vaststelling")
                .then().statusCode(200).body("staat.standVersies[0].versie", equalTo(1));
        given().header(AutomatischeToegang.ANONIEM, "ja")
                .when().get("/api/v1/edities/" + jaar + "/themas")
                .then().statusCode(200).body("themas[0].id", equalTo("menselijke-maat"));
        given().header(AutomatischeToegang.ANONIEM, "ja").accept("text/markdown")
                .when().get("/api/v1/edities/" + jaar + "/rapport")
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("(vastgesteld)"));
        given().contentType(ContentType.JSON).body(standOver("beleidsreflex"))
                .when().put("/api/v1/edities/" + jaar + "/standen/cak")
                .then().statusCode(409).contentType("application/problem+json");
        given().when().post("/api/v1/edities/" + jaar + "/vaststelling").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"soort\": \"verbergen\", \"thema\": \"menselijke-maat\"}")
                .when().post("/api/v1/edities/" + jaar + "/besluiten").then().statusCode(409);
    }

    @Test
    void besluitenOverWatErNietIsOfMetStuurtekensWordenGeweigerdEnNietBewaard() {
        int jaar = nieuweOpenEditie();
        given().contentType(ContentType.JSON).body(standOver("complexiteit-regelgeving"))
                .when().put("/api/v1/edities/" + jaar + "/standen/uwv").then().statusCode(201);
        given().contentType(ContentType.JSON).body(standOver("beleidsreflex"))
                .when().put("/api/v1/edities/" + jaar + "/standen/svb").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/v1/edities/" + jaar + "/themas").then().body("aantalOrganisaties", equalTo(2)));
        String besluiten = "/api/v1/edities/" + jaar + "/besluiten";

        for (String ongeldig : new String[] {
                "{\"soort\": \"annoteren\", \"thema\": \"complexiteit-regelgeving\", \"notitie\": \"a\\u0000b\"}",
                "{\"soort\": \"annoteren\", \"thema\": \"bestaat-niet\", \"notitie\": \"n\"}",
                "{\"soort\": \"samenvoegen\", \"thema\": \"beleidsreflex\", \"doelThema\": \"beleidsreflex\"}",
                "{\"soort\": \"samenvoegen\", \"thema\": \"beleidsreflex\", \"doelThema\": \"bestaat-niet\"}",
                "{\"soort\": \"verwerpen\", \"thema\": \"beleidsreflex\", \"organisatie\": \"uwv\", \"positie\": 0}",
                "{\"soort\": \"bevestigen\", \"thema\": \"beleidsreflex\", \"organisatie\": \"Geen Code!\", "
                        + "\"positie\": 0}"}) {
            given().contentType(ContentType.JSON).body(ongeldig).when().post(besluiten)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.notNullValue());
        }

        given().when().get(besluiten).then().statusCode(200).body("elementen", hasSize(0));
        given().contentType(ContentType.JSON)
                .body("{\"soort\": \"verwerpen\", \"thema\": \"beleidsreflex\", \"organisatie\": \"svb\", "
                        + "\"positie\": 0}")
                .when().post(besluiten).then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/v1/edities/" + jaar + "/themas").then()
                .body("themas.id", contains("complexiteit-regelgeving", "overig")));
    }

    @Test
    void eenVaststellingWachtTotAllesWatIsAanvaardInHetBeeldStaat() throws Exception {
        EchteKafka kafka = EchteInfrastructuur.kafka();
        assumeThat(kafka).as("only with the broker this test run started itself").isNotNull();
        int jaar = nieuweOpenEditie();
        given().contentType(ContentType.JSON).body(standOver("menselijke-maat"))
                .when().put("/api/v1/edities/" + jaar + "/standen/svb").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/v1/edities/" + jaar + "/themas").then().body("aantalOrganisaties", equalTo(1)));

        kafka.stop();
        try {
            given().contentType(ContentType.JSON).body(standOver("beleidsreflex"))
                    .when().put("/api/v1/edities/" + jaar + "/standen/uwv").then().statusCode(201);
            given().when().post("/api/v1/edities/" + jaar + "/vaststelling")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("uwv (aanvaard: versie 1, verwerkt: nog niets)"))
                    .body("detail", not(containsString("svb")));
            given().header(AutomatischeToegang.ANONIEM, "ja")
                    .when().get("/api/v1/edities/" + jaar + "/vaststelling").then().statusCode(404);
        } finally {
            kafka.herstart();
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> given()
                .when().post("/api/v1/edities/" + jaar + "/vaststelling").then().statusCode(201)
                .body("staat.standVersies.organisatie", contains("svb", "uwv")));
    }

    @Test
    void vanTweeGelijktijdigeVaststellingenSlaagtErEenEnKrijgtDeAndereEenConflict() throws Exception {
        int jaar = nieuweOpenEditie();
        given().contentType(ContentType.JSON).body(standOver("complexiteit-regelgeving"))
                .when().put("/api/v1/edities/" + jaar + "/standen/duo").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/v1/edities/" + jaar + "/themas").then().body("aantalOrganisaties", equalTo(1)));

        ExecutorService draden = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> stelVast = () -> given().when().post("/api/v1/edities/" + jaar + "/vaststelling")
                    .then().extract().statusCode();
            List<Integer> statussen = new ArrayList<>();
            for (Future<Integer> uitkomst : draden.invokeAll(List.of(stelVast, stelVast))) {
                statussen.add(uitkomst.get());
            }
            assertThat(statussen).containsExactlyInAnyOrder(201, 409);
        } finally {
            draden.shutdownNow();
        }
    }

    @Test
    void eenVastgesteldeStaatBevatElkeVersieDieIsAanvaardEnNaVaststellingWordtNietsMeerAanvaard() throws Exception {
        int jaar = nieuweOpenEditie();
        List<String> organisaties = List.of("uwv", "svb", "duo");
        ExecutorService draden = Executors.newFixedThreadPool(4);
        Map<String, List<Integer>> aanvaard = new ConcurrentHashMap<>();
        AtomicBoolean vastgesteld = new AtomicBoolean();
        try {
            List<Future<?>> indieners = new ArrayList<>();
            for (String organisatie : organisaties) {
                indieners.add(draden.submit(() -> {
                    for (int ronde = 0; ronde < 40 && !vastgesteld.get(); ronde++) {
                        var antwoord = given().contentType(ContentType.JSON)
                                .body(standOver(ronde % 2 == 0 ? "beleidsreflex" : "menselijke-maat"))
                                .when().put("/api/v1/edities/" + jaar + "/standen/" + organisatie)
                                .then().extract();
                        if (antwoord.statusCode() / 100 == 2) {
                            aanvaard.computeIfAbsent(organisatie, o -> new CopyOnWriteArrayList<>())
                                    .add(antwoord.<Integer>path("versie"));
                        } else {
                            assertThat(antwoord.statusCode()).isEqualTo(409);
                        }
                    }
                }));
            }
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> given()
                    .when().post("/api/v1/edities/" + jaar + "/vaststelling").then().extract().statusCode() == 201);
            vastgesteld.set(true);
            for (Future<?> indiener : indieners) {
                indiener.get();
            }
        } finally {
            draden.shutdownNow();
        }

        List<Map<String, Object>> bevroren = given().when().get("/api/v1/edities/" + jaar + "/vaststelling")
                .then().statusCode(200).extract().path("staat.standVersies");
        Map<String, Integer> bevrorenVersies = new HashMap<>();
        bevroren.forEach(v -> bevrorenVersies.put((String) v.get("organisatie"), (Integer) v.get("versie")));
        aanvaard.forEach((organisatie, versies) -> assertThat(bevrorenVersies.get(organisatie))
                .as("the frozen version of %s is the last one accepted", organisatie)
                .isEqualTo(versies.stream().max(Integer::compare).orElseThrow()));
        assertThat(bevrorenVersies.keySet()).isEqualTo(aanvaard.keySet());
    }

    @Test
    void deHashVanEenVastgesteldeStaatIsTeControlerenUitWatOpgeslagenIsEnNoemtRollenGeenNamen() throws Exception {
        int jaar = nieuweOpenEditie();
        given().contentType(ContentType.JSON).body(standOver("financiering-sturing"))
                .when().put("/api/v1/edities/" + jaar + "/standen/rvo").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/v1/edities/" + jaar + "/themas").then().body("aantalOrganisaties", equalTo(1)));
        given().contentType(ContentType.JSON)
                .body("{\"soort\": \"annoteren\", \"thema\": \"financiering-sturing\", \"notitie\": \"Één € en \\\"aanhalingstekens\\\".\"}")
                .when().post("/api/v1/edities/" + jaar + "/besluiten").then().statusCode(201);
        String hash = given().when().post("/api/v1/edities/" + jaar + "/vaststelling")
                .then().statusCode(201).extract().path("inhoudHash");

        var canoniek = given().header(AutomatischeToegang.ANONIEM, "ja")
                .when().get("/api/v1/edities/" + jaar + "/vaststelling/staat")
                .then().statusCode(200).contentType(ContentType.JSON).extract();
        byte[] bytes = canoniek.asByteArray();
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        assertThat(java.util.HexFormat.of().formatHex(digest)).isEqualTo(hash);
        assertThat(canoniek.header("Repr-Digest"))
                .isEqualTo("sha-256=:" + java.util.Base64.getEncoder().encodeToString(digest) + ":");
        String staat = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(staat).contains("\"genomenDoor\":\"stuurgroep\"").doesNotContain("testbeheerder");
        given().header(AutomatischeToegang.ANONIEM, "ja")
                .when().get("/api/v1/edities/" + (jaar + 1000) + "/vaststelling/staat")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
