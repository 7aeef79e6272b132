package nl.uitvoering.standen.outbox;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static nl.uitvoering.standen.TestData.standOver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import nl.uitvoering.standen.EchteStack;
import org.junit.jupiter.api.Test;

/** Every Stand intake accepts can be published, and a row that cannot does not hold up the rows behind it. */
@QuarkusTest
@EchteStack
class OnpubliceerbaarTest {

    private static final int BODYGRENS = 1_048_576;

    @Test
    void eenStandNetOnderDeBodygrensBereiktHetBeeld() {
        int jaar = nieuweOpenEditie();
        String body = standVanOngeveer(BODYGRENS - 2_000);
        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isBetween(BODYGRENS - 3_000, BODYGRENS - 1);

        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/edities/" + jaar + "/standen/uwv").then().statusCode(201);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .when().get("/api/v1/edities/" + jaar + "/themas").then().statusCode(200)
                .body("aantalOrganisaties", equalTo(1)));
    }

    @Test
    void eenRijDieDeBrokerNooitNeemtGaatNaarDeDodeLettersEnDeRijenErachterKomenAan() {
        int jaar = nieuweOpenEditie();
        String gebeurtenisId = "stand/" + jaar + "/te-groot/1";
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxBericht teGroot = new OutboxBericht();
            teGroot.gebeurtenisId = gebeurtenisId;
            teGroot.type = "nl.uitvoering.standen.stand-ingediend.v1";
            teGroot.sleutel = "te-groot";
            teGroot.onderwerp = "edities/" + jaar + "/standen/te-groot";
            // Written before today's limits, say: larger than any topic here takes.
            teGroot.data = "{\"opvulling\": \"" + "x".repeat(3 * BODYGRENS) + "\"}";
            teGroot.aangemaaktOp = Instant.now();
            teGroot.persist();
        });

        given().contentType(ContentType.JSON).body(standOver("beleidsreflex"))
                .when().put("/api/v1/edities/" + jaar + "/standen/svb").then().statusCode(201);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .when().get("/api/v1/edities/" + jaar + "/themas").then().statusCode(200)
                .body("aantalOrganisaties", equalTo(1)));
        String reden = QuarkusTransaction.requiringNew().call(() -> (String) OutboxBericht.getEntityManager()
                .createNativeQuery("select reden from outbox_dode_letter where gebeurtenis_id = ?1")
                .setParameter(1, gebeurtenisId).getSingleResult());
        assertThat(reden).startsWith("RecordTooLargeException");
        assertThat(QuarkusTransaction.requiringNew().call(
                () -> OutboxBericht.count("gebeurtenisId", gebeurtenisId))).isZero();
        String metrieken = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrieken).containsPattern("standen_outbox_dode_letters_total(\\{[^}]*\\})? [1-9]");
    }

    /** A valid Stand of 50 knelpunten whose JSON is close to, and not over, the given number of bytes. */
    private static String standVanOngeveer(int bytes) {
        int perKnelpunt = (bytes - 1_000) / 50;
        StringBuilder knelpunten = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            String begin = "{\"titel\": \"Knelpunt " + i + "\", \"ernst\": \"hoog\", \"omschrijving\": \""
                    + "De financiering is incidenteel: het budget dekt de kosten niet. ";
            String midden = "\", \"oplossingsrichting\": \"";
            String eind = "\"}";
            // The euro sign is three bytes in UTF-8: long texts in fewer characters than the fields allow.
            int euros = (perKnelpunt - begin.length() - midden.length() - eind.length() - 2) / 3;
            int inOmschrijving = Math.min(euros, 4_900);
            knelpunten.append(i == 0 ? "" : ", ").append(begin).append("€".repeat(inOmschrijving)).append(midden)
                    .append("€".repeat(Math.min(euros - inOmschrijving, 2_000))).append(eind);
        }
        String stand = "{\"samenvatting\": \"Een lange Stand.\", \"knelpunten\": [" + knelpunten + "]}";
        int tekort = bytes - stand.getBytes(StandardCharsets.UTF_8).length;
        return stand.replace("Een lange Stand.", "Een lange Stand." + " ".repeat(Math.max(0, tekort)));
    }
}
