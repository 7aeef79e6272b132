package nl.uitvoering.standen.editie;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.stand;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.uitvoering.standen.EchteStack;
import org.junit.jupiter.api.Test;

@QuarkusTest
@EchteStack
class EditieResourceTest {

    @Test
    void deDrieVoorbeeldeditiesZijnGeladen() {
        given().when().get("/api/v1/edities")
                .then().statusCode(200).body("elementen.jaar", hasItems(2022, 2024, 2025));
        given().when().get("/api/v1/edities/2022")
                .then().statusCode(200)
                .body("indienenVanaf", equalTo("2022-01-10T00:00:00Z"))
                .body("open", equalTo(false));
    }

    @Test
    void eenBeheerderHeropentEenVensterEnDanWordtIndienenMogelijk() {
        Instant nu = Instant.now();
        given().contentType(ContentType.JSON)
                .body("{\"jaar\": 2031, \"indienenVanaf\": \"2031-01-01T00:00:00Z\", "
                        + "\"indienenTot\": \"2031-04-01T00:00:00Z\"}")
                .when().post("/api/v1/edities")
                .then().statusCode(201).body("open", equalTo(false));
        given().contentType(ContentType.JSON).body(stand("Te vroeg"))
                .when().put("/api/v1/edities/2031/standen/uwv")
                .then().statusCode(409);

        given().contentType("application/merge-patch+json")
                .body("{\"indienenVanaf\": \"%s\"}".formatted(nu.minus(1, ChronoUnit.HOURS)))
                .when().patch("/api/v1/edities/2031")
                .then().statusCode(200).body("open", equalTo(true));

        given().contentType(ContentType.JSON).body(stand("Op tijd"))
                .when().put("/api/v1/edities/2031/standen/uwv")
                .then().statusCode(201);
    }

    @Test
    void eenVensterDatEindigtVoorHetBegintWordtGeweigerd() {
        given().contentType(ContentType.JSON)
                .body("{\"jaar\": 2032, \"indienenVanaf\": \"2032-05-01T00:00:00Z\", "
                        + "\"indienenTot\": \"2032-04-01T00:00:00Z\"}")
                .when().post("/api/v1/edities")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/merge-patch+json")
                .body("{\"indienenTot\": \"2020-01-01T00:00:00Z\"}")
                .when().patch("/api/v1/edities/2025")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
