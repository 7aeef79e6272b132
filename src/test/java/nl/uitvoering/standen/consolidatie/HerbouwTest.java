package nl.uitvoering.standen.consolidatie;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static nl.uitvoering.standen.TestData.standOver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import nl.uitvoering.standen.EchteStack;
import org.junit.jupiter.api.Test;

/** Replaying the topic from the start rebuilds the same picture. */
@QuarkusTest
@EchteStack
class HerbouwTest {

    @Test
    void eenHerbouwUitHetTopicGeeftHetzelfdeBeeld() {
        int jaar = nieuweOpenEditie();
        String pad = "/api/v1/edities/" + jaar + "/themas";
        given().contentType(ContentType.JSON).body(standOver("beleidsreflex", "menselijke-maat"))
                .when().put("/api/v1/edities/" + jaar + "/standen/toeslagen").then().statusCode(201);
        given().contentType(ContentType.JSON).body(standOver("beleidsreflex"))
                .when().put("/api/v1/edities/" + jaar + "/standen/cak").then().statusCode(201);
        given().contentType(ContentType.JSON).body(standOver("financiering-sturing"))
                .when().put("/api/v1/edities/" + jaar + "/standen/cak").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get(pad)
                .then().body("themas.id", org.hamcrest.Matchers.hasItem("financiering-sturing")));
        JsonPath voor = given().when().get(pad).then().extract().jsonPath();

        given().when().post("/api/v1/herbouw-opdrachten")
                .then().statusCode(202).body("status", equalTo("gestart"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath na = given().when().get(pad).then().statusCode(200).extract().jsonPath();
            assertThat(na.getString("bijgewerktOp")).isNotNull().isNotEqualTo(voor.getString("bijgewerktOp"));
            assertThat(na.getList("themas")).isEqualTo(voor.getList("themas"));
        });
    }
}
