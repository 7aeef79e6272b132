package nl.uitvoering.standen.leesmodel;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static nl.uitvoering.standen.TestData.standOver;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import nl.uitvoering.standen.EchteStack;
import nl.uitvoering.standen.infrastructuur.EchteInfrastructuur;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A retrain learns from the Stuurgroep's decisions, and the next picture names the version that read it. */
@QuarkusTest
@EchteStack
class LeesmodelTest {

    @AfterEach
    void terugNaarHetMeegeleverdeModel() {
        // Other tests read their pictures with the shipped reader; versions are otherwise never removed.
        QuarkusTransaction.requiringNew().run(() -> OpgeslagenLeesmodel.deleteAll());
    }

    private static int nieuwsteVersie() {
        List<Integer> versies = given().when().get("/api/v1/leesmodellen?paginaGrootte=100")
                .then().statusCode(200).extract().jsonPath().getList("elementen.versie", Integer.class);
        return versies.get(versies.size() - 1);
    }

    @Test
    void eenHertrainingLeertVanBesluitenEnHetVolgendeBeeldNoemtDeNieuweVersie() {
        int jaar = nieuweOpenEditie();
        String themas = "/api/v1/edities/" + jaar + "/themas";
        given().contentType(ContentType.JSON).body(standOver("beleidsreflex"))
                .when().put("/api/v1/edities/" + jaar + "/standen/uwv").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get(themas)
                .then().body("aantalOrganisaties", equalTo(1)).body("leesmodel", startsWith("1 (sha256:")));
        int voor = nieuwsteVersie();
        given().contentType(ContentType.JSON)
                .body("{\"soort\": \"verplaatsen\", \"thema\": \"beleidsreflex\", \"doelThema\": \"menselijke-maat\", "
                        + "\"organisatie\": \"uwv\", \"positie\": 0}")
                .when().post("/api/v1/edities/" + jaar + "/besluiten").then().statusCode(201);

        given().when().post("/api/v1/leesmodellen")
                .then().statusCode(201)
                .body("versie", equalTo(voor + 1))
                .body("voorbeeldenPerHerkomst.besluit", greaterThanOrEqualTo(1))
                .body("besluiten.find { it.jaar == " + jaar + " }.themas", hasItem("menselijke-maat"))
                .body("besluiten.find { it.jaar == " + jaar + " }.soort", equalTo("verplaatsen"));

        given().contentType(ContentType.JSON).body(standOver("financiering-sturing"))
                .when().put("/api/v1/edities/" + jaar + "/standen/svb").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get(themas)
                .then().body("aantalOrganisaties", equalTo(2))
                .body("leesmodel", startsWith((voor + 1) + " (sha256:")));
        given().when().get("/api/v1/edities/" + jaar + "/standen/svb/analyse")
                .then().statusCode(200).body("leesmodel", startsWith((voor + 1) + " ("));
    }

    @Test
    void alleenBeheerHertraint() {
        given().auth().oauth2(EchteInfrastructuur.tokens().met("s", "stuurgroep"))
                .when().post("/api/v1/leesmodellen")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(EchteInfrastructuur.tokens().met("s", "stuurgroep"))
                .when().get("/api/v1/leesmodellen")
                .then().statusCode(200).body("elementen[0].versie", equalTo(1))
                .body("elementen[0].voorbeeldenPerHerkomst.corpus", greaterThanOrEqualTo(300));
    }
}
