package nl.uitvoering.standen.review;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static nl.uitvoering.standen.TestData.standOver;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
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
                .body("vastgesteldDoor", equalTo("testbeheerder"))
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
}
