package nl.uitvoering.standen.stand;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static nl.uitvoering.standen.TestData.stand;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import nl.uitvoering.standen.EchteStack;
import nl.uitvoering.standen.infrastructuur.EchteInfrastructuur;
import nl.uitvoering.standen.infrastructuur.EchtePostgres;
import org.junit.jupiter.api.Test;

/** Without its database the service says so (503, health DOWN) and recovers by itself when it returns. */
@QuarkusTest
@EchteStack
class DatabaseUitvalTest {

    @Test
    void zonderDatabase503EnDaarnaHerstelZonderHerstart() throws Exception {
        EchtePostgres postgres = EchteInfrastructuur.postgres();
        assumeThat(postgres).as("only with the database this test run started itself").isNotNull();
        int jaar = nieuweOpenEditie();
        String pad = "/api/v1/edities/" + jaar + "/standen/uwv";

        postgres.stop();
        try {
            given().contentType(ContentType.JSON).body(stand("Tijdens de storing"))
                    .when().put(pad)
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue());
            given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        } finally {
            postgres.herstart();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().contentType(ContentType.JSON).body(stand("Na de storing"))
                        .when().put(pad)
                        .then().statusCode(201).body("versie", equalTo(1)));
    }
}
