package nl.uitvoering.standen.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.uitvoering.standen.EchteStack;
import org.junit.jupiter.api.Test;

/** Every error is problem+json with status, title and detail, and every response names the API version. */
@QuarkusTest
@EchteStack
class ProbleemTest {

    @Test
    void eenOnbekendPadIsEenProbleem() {
        given().when().get("/api/v1/bestaat-niet")
                .then().statusCode(404).contentType("application/problem+json")
                .header("API-Version", "1.0.0")
                .body("status", equalTo(404)).body("title", equalTo("Niet gevonden")).body("detail", notNullValue());
    }

    @Test
    void eenVerkeerdMediatypeIsEenProbleem() {
        given().contentType(ContentType.TEXT).body("tekst")
                .when().put("/api/v1/edities/2025/standen/uwv")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void eenNietBeschikbaarFormaatIsEenProbleem() {
        given().accept("application/xml")
                .when().get("/api/v1/organisaties")
                .then().statusCode(406).contentType("application/problem+json").body("status", equalTo(406));
    }

    @Test
    void ookHetOpenApiDocumentNoemtDeVersie() {
        given().when().get("/api/v1/openapi.json")
                .then().statusCode(200).header("API-Version", "1.0.0");
        given().when().get("/q/health/live")
                .then().statusCode(200).header("API-Version", "1.0.0");
    }

    @Test
    void eenNietToegestaneMethodeIsEenProbleem() {
        given().when().delete("/api/v1/organisaties")
                .then().statusCode(405).contentType("application/problem+json").body("status", equalTo(405));
    }
}
