package nl.uitvoering.standen.consolidatie;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static nl.uitvoering.standen.TestData.standOver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import nl.uitvoering.standen.EchteStack;
import org.junit.jupiter.api.Test;

/** A rebuild order recomputes every picture from the consolidated Standen, and survives its consolidator. */
@QuarkusTest
@EchteStack
class HerbouwTest {

    @Test
    void eenHerbouwHersteltEenBeschadigdBeeldTotHetzelfdeBeeld() {
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
        List<Object> voor = given().when().get(pad).then().extract().jsonPath().getList("themas");
        beschadig(jaar);
        given().when().get(pad).then().body("aantalOrganisaties", equalTo(0));

        String opdracht = given().when().post("/api/v1/herbouw-opdrachten")
                .then().statusCode(202).body("status", equalTo("open")).extract().header("Location");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get(opdracht)
                .then().statusCode(200).body("status", equalTo("klaar")));
        assertThat(given().when().get(pad).then().statusCode(200).extract().jsonPath().getList("themas"))
                .isEqualTo(voor);
    }

    @Test
    void eenOpdrachtWaarvanDeUitvoerderUitvielWordtNaDeLaatsteKlareEditieAfgemaakt() {
        int eerder = nieuweOpenEditie();
        int later = nieuweOpenEditie();
        for (int jaar : new int[] {eerder, later}) {
            given().contentType(ContentType.JSON).body(standOver("arbeidsmarkt-personeel"))
                    .when().put("/api/v1/edities/" + jaar + "/standen/rvo").then().statusCode(201);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                    .when().get("/api/v1/edities/" + jaar + "/themas").then().body("aantalOrganisaties", equalTo(1)));
            beschadig(jaar);
        }

        // A consolidator took this order, finished the earlier edition, and died: its lease ran out.
        long id = QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("""
                        insert into herbouw_opdracht (gevraagd_door, gevraagd_op, status, uitvoerder, lease_tot,
                                                      laatste_editie)
                        values ('test', now(), 'bezig', 'een-gestopte-consolidator', now() - interval '1 second', ?1)
                        returning id""")
                .setParameter(1, eerder).getSingleResult()).longValue());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .when().get("/api/v1/herbouw-opdrachten/" + id)
                .then().statusCode(200).body("status", equalTo("klaar")));
        given().when().get("/api/v1/edities/" + later + "/themas").then().body("aantalOrganisaties", equalTo(1));
        // The earlier edition counted as done, so it was not rebuilt again: it is still as damaged as we left it.
        given().when().get("/api/v1/edities/" + eerder + "/themas").then().body("aantalOrganisaties", equalTo(0));
        given().when().get("/api/v1/herbouw-opdrachten/" + (id + 1000))
                .then().statusCode(404).contentType("application/problem+json");
    }

    /** Replaces the stored picture by an empty one, as a bug or a hand in the database might. */
    private static void beschadig(int jaar) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery("""
                        update editie_beeld set etag = 'beschadigd', bijgewerkt_op = now(),
                            beeld = cast(?2 as jsonb) where editie_jaar = ?1""")
                .setParameter(1, jaar)
                .setParameter(2, "{\"jaar\": " + jaar + ", \"aantalOrganisaties\": 0, \"themas\": [], "
                        + "\"wetten\": []}")
                .executeUpdate());
    }
}
