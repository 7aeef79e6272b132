package nl.uitvoering.standen.outbox;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static nl.uitvoering.standen.TestData.standOver;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import nl.uitvoering.standen.EchteStack;
import nl.uitvoering.standen.infrastructuur.EchteKafka;
import nl.uitvoering.standen.infrastructuur.EchteInfrastructuur;
import org.junit.jupiter.api.Test;

/** Intake does not depend on the broker: Standen accepted while it is down reach the picture once it is back. */
@QuarkusTest
@EchteStack
class BrokerUitvalTest {

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
}
