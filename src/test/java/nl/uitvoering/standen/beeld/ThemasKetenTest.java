package nl.uitvoering.standen.beeld;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static nl.uitvoering.standen.TestData.standOver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import nl.uitvoering.standen.EchteStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole chain: PUT -> outbox -> Kafka -> consolidator -> picture, against the real broker and database. */
@QuarkusTest
@EchteStack
class ThemasKetenTest {

    private static final Duration BINNEN = Duration.ofSeconds(30);
    private int jaar;

    @BeforeEach
    void eigenEditie() {
        jaar = nieuweOpenEditie();
    }

    private void dienIn(String organisatie, String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/edities/" + jaar + "/standen/" + organisatie)
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private ValidatableResponse themas() {
        return given().when().get("/api/v1/edities/" + jaar + "/themas").then().statusCode(200);
    }

    @Test
    void eenIngediendeStandVerschijntInHetBeeldGerangschiktOpAantalOrganisaties() {
        dienIn("uwv", standOver("complexiteit-regelgeving"));
        dienIn("svb", standOver("ict-gegevensuitwisseling", "complexiteit-regelgeving"));

        await().atMost(BINNEN).untilAsserted(() -> themas()
                .body("aantalOrganisaties", equalTo(2))
                .body("themas.id", contains("complexiteit-regelgeving", "ict-gegevensuitwisseling"))
                .body("themas[0].organisaties", contains("svb", "uwv"))
                .body("themas[0].terugkerend", equalTo(true))
                .body("themas[1].terugkerend", equalTo(false))
                .body("themas[0].knelpunten[0].organisatie", equalTo("svb"))
                .body("themas[0].knelpunten[0].positie", equalTo(1))
                .body("themas[0].knelpunten[0].versie", equalTo(1))
                .body("themas[0].knelpunten[0].redenen", hasItem("'wet- en regelgeving' in de omschrijving")));
    }

    @Test
    void eenHerzieningVervangtDeOudeVersieInHetBeeld() {
        dienIn("duo", standOver("beleidsreflex"));
        await().atMost(BINNEN).untilAsserted(() -> themas().body("themas.id", contains("beleidsreflex")));

        dienIn("duo", standOver("menselijke-maat"));

        await().atMost(BINNEN).untilAsserted(() -> themas()
                .body("themas.id", contains("menselijke-maat"))
                .body("themas[0].knelpunten[0].versie", equalTo(2)));
    }

    @Test
    void eenIngetrokkenStandVerdwijntUitHetBeeld() {
        dienIn("ind", standOver("arbeidsmarkt-personeel"));
        dienIn("coa", standOver("financiering-sturing"));
        await().atMost(BINNEN).untilAsserted(() -> themas().body("aantalOrganisaties", equalTo(2)));

        given().when().delete("/api/v1/edities/" + jaar + "/standen/coa").then().statusCode(204);

        await().atMost(BINNEN).untilAsserted(() -> themas()
                .body("aantalOrganisaties", equalTo(1))
                .body("themas.id", not(hasItem("financiering-sturing"))));
    }

    @Test
    void eenThemaZijnWettenEnDeLezingVanEenStandZijnUitTeLeggen() {
        dienIn("uwv", standOver("complexiteit-regelgeving"));
        dienIn("svb", standOver("ict-gegevensuitwisseling", "complexiteit-regelgeving"));
        await().atMost(BINNEN).untilAsserted(() -> themas().body("aantalOrganisaties", equalTo(2)));

        given().when().get("/api/v1/edities/" + jaar + "/themas/complexiteit-regelgeving")
                .then().statusCode(200)
                .body("naam", equalTo("Complexiteit en stapeling van wet- en regelgeving"))
                .body("knelpunten.organisatie", contains("svb", "uwv"))
                .body("knelpunten[0].citaat", equalTo(
                        "De wet- en regelgeving is zo complex en gelaagd dat burgers er niet meer uitkomen."));
        given().when().get("/api/v1/edities/" + jaar + "/themas/bestaat-niet")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/edities/" + jaar + "/wetten")
                .then().statusCode(200)
                .body("wetten[0].bwbId", equalTo("BWBR0005537"))
                .body("wetten[0].aantalOrganisaties", equalTo(2));
        given().when().get("/api/v1/edities/" + jaar + "/standen/svb/analyse")
                .then().statusCode(200)
                .body("versie", equalTo(1))
                .body("knelpunten.positie", contains(0, 1))
                .body("knelpunten[0].themas[0].id", equalTo("ict-gegevensuitwisseling"))
                .body("knelpunten[0].themas[0].redenen", hasItem("'verouderde systemen' in de titel"));
        given().when().get("/api/v1/edities/" + jaar + "/standen/duo/analyse")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void eenOnderwerpBuitenDeTaxonomieBijTweeOrganisatiesWordtEenOpkomendThema() {
        dienIn("coa", """
                {"knelpunten": [{"titel": "Vergunninghouders blijven in de opvang", "ernst": "hoog",
                  "omschrijving": "Door het woningtekort kunnen vergunninghouders niet doorstromen naar een woning."}]}""");
        dienIn("gemeente-utrecht", """
                {"knelpunten": [{"titel": "Woningnood", "ernst": "zeer-hoog",
                  "omschrijving": "Er zijn te weinig sociale huurwoningen voor vergunninghouders en dakloze inwoners."}]}""");

        await().atMost(BINNEN).untilAsserted(() -> themas()
                .body("themas[0].soort", equalTo("opkomend"))
                .body("themas[0].terugkerend", equalTo(true))
                .body("themas[0].organisaties", contains("coa", "gemeente-utrecht")));
    }

    @Test
    void trendsVergelijkenEditiesOpHetAandeelOrganisaties() {
        int volgende = nieuweOpenEditie();
        dienIn("uwv", standOver("arbeidsmarkt-personeel"));
        dienIn("svb", standOver("financiering-sturing"));
        given().contentType(ContentType.JSON).body(standOver("arbeidsmarkt-personeel"))
                .when().put("/api/v1/edities/" + volgende + "/standen/uwv").then().statusCode(201);
        given().contentType(ContentType.JSON).body(standOver("arbeidsmarkt-personeel"))
                .when().put("/api/v1/edities/" + volgende + "/standen/svb").then().statusCode(201);

        await().atMost(BINNEN).untilAsserted(() -> given()
                .queryParam("vanaf", jaar).queryParam("tot", volgende)
                .when().get("/api/v1/trends")
                .then().statusCode(200)
                .body("edities.jaar", contains(jaar, volgende))
                .body("themas.id", contains("arbeidsmarkt-personeel", "financiering-sturing"))
                .body("themas[0].reeks.aandeel", contains(0.5f, 1.0f))
                .body("themas[0].richting", equalTo("stijgend"))
                .body("themas[1].reeks[1].richting", equalTo("verdwenen")));
        given().queryParam("vanaf", 2030).queryParam("tot", 2020)
                .when().get("/api/v1/trends")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void hetBeeldKanGoedkoopWordenGepold() {
        dienIn("rvo", standOver("beleidsreflex"));
        await().atMost(BINNEN).untilAsserted(() -> themas().body("aantalOrganisaties", equalTo(1)));
        String etag = given().when().get("/api/v1/edities/" + jaar + "/themas").then().extract().header("ETag");

        given().header("If-None-Match", etag)
                .when().get("/api/v1/edities/" + jaar + "/themas")
                .then().statusCode(304);
    }

    @Test
    void eenEtagHoortBijPreciesEenInhoudOokAlsHetBeeldTijdensHetLezenVerandert() throws Exception {
        List<String> organisaties = List.of("uwv", "svb", "duo", "ind", "coa", "cjib", "cak", "rvo");
        Map<String, String> inhoudPerEtag = new ConcurrentHashMap<>();
        List<String> tegenstrijdig = new CopyOnWriteArrayList<>();
        AtomicBoolean klaar = new AtomicBoolean();
        ExecutorService lezers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> lezing = new ArrayList<>();
            for (int lezer = 0; lezer < 2; lezer++) {
                lezing.add(lezers.submit(() -> {
                    while (!klaar.get()) {
                        var antwoord = themas().extract();
                        String inhoud = antwoord.path("aantalOrganisaties") + " " + antwoord.path("themas.id")
                                + " " + antwoord.path("themas.aantalOrganisaties");
                        String eerder = inhoudPerEtag.putIfAbsent(antwoord.header("ETag"), inhoud);
                        if (eerder != null && !eerder.equals(inhoud)) {
                            tegenstrijdig.add(antwoord.header("ETag") + ": " + eerder + " / " + inhoud);
                        }
                    }
                }));
            }
            for (int ronde = 0; ronde < 3; ronde++) {
                for (int o = 0; o < organisaties.size(); o++) {
                    dienIn(organisaties.get(o), standOver(ronde % 2 == 0 ? "beleidsreflex" : "menselijke-maat",
                            o % 2 == 0 ? "ict-gegevensuitwisseling" : "financiering-sturing"));
                }
            }
            await().atMost(BINNEN).untilAsserted(() -> themas().body("aantalOrganisaties", equalTo(8))
                    .body("themas[0].knelpunten.versie", hasItem(3)));
            klaar.set(true);
            for (Future<?> lezer : lezing) {
                lezer.get();
            }
        } finally {
            lezers.shutdownNow();
        }
        assertThat(inhoudPerEtag).hasSizeGreaterThan(1);
        assertThat(tegenstrijdig).as("an ETag that was sent with two different contents").isEmpty();
    }
}
