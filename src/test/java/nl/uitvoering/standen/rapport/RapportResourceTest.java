package nl.uitvoering.standen.rapport;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static nl.uitvoering.standen.TestData.standOver;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import nl.uitvoering.standen.EchteStack;
import org.junit.jupiter.api.Test;

/** One report resource, four formats by content negotiation. */
@QuarkusTest
@EchteStack
class RapportResourceTest {

    @Test
    void hetRapportIsErAlsJsonCsvMarkdownEnHtml() {
        int jaar = nieuweOpenEditie();
        given().contentType(ContentType.JSON).body(standOver("menselijke-maat"))
                .when().put("/api/v1/edities/" + jaar + "/standen/cak").then().statusCode(201);
        String pad = "/api/v1/edities/" + jaar + "/rapport";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().accept(ContentType.JSON)
                .when().get(pad).then().statusCode(200).body("aantalOrganisaties", equalTo(1)));

        given().accept("text/csv").when().get(pad)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(containsString("\"menselijke-maat\",\"Menselijke maat\",\"taxonomie\",false,\"cak\",1"));
        given().accept("text/markdown").when().get(pad)
                .then().statusCode(200).contentType(startsWith("text/markdown"))
                .body(containsString("# Staat van de Uitvoering " + jaar));
        given().accept(ContentType.HTML).when().get(pad)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<svg role=\"img\"")).body(containsString("Hardvochtige terugvorderingen"));
        given().accept("application/pdf").when().get(pad)
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void hetOpenbareRapportVanEenVastgesteldeEditieToontGeenConceptVanEenAndereEditie() {
        int concept = nieuweOpenEditie();
        int vastgesteld = nieuweOpenEditie();
        String conceptnaam = "Conceptthema " + concept;
        given().contentType(ContentType.JSON).body(standOver("financiering-sturing"))
                .when().put("/api/v1/edities/" + concept + "/standen/cak").then().statusCode(201);
        given().contentType(ContentType.JSON).body(standOver("menselijke-maat"))
                .when().put("/api/v1/edities/" + vastgesteld + "/standen/cak").then().statusCode(201);
        for (int jaar : new int[] {concept, vastgesteld}) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().accept(ContentType.JSON)
                    .when().get("/api/v1/edities/" + jaar + "/rapport").then().body("aantalOrganisaties", equalTo(1)));
        }
        given().contentType(ContentType.JSON).body("{\"soort\": \"hernoemen\", \"thema\": \"financiering-sturing\", "
                + "\"naam\": \"" + conceptnaam + "\"}")
                .when().post("/api/v1/edities/" + concept + "/besluiten").then().statusCode(201);
        given().when().post("/api/v1/edities/" + vastgesteld + "/vaststelling").then().statusCode(201);

        given().header(nl.uitvoering.standen.AutomatischeToegang.ANONIEM, "ja").accept(ContentType.HTML)
                .when().get("/api/v1/edities/" + vastgesteld + "/rapport")
                .then().statusCode(200).body(containsString("Hardvochtige terugvorderingen"))
                .body(org.hamcrest.Matchers.not(containsString(conceptnaam)));
        given().accept(ContentType.HTML).when().get("/api/v1/edities/" + concept + "/rapport")
                .then().statusCode(200).body(containsString(conceptnaam));
    }
}
