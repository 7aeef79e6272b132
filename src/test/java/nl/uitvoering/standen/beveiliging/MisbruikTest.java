package nl.uitvoering.standen.beveiliging;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static nl.uitvoering.standen.TestData.standOver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.uitvoering.standen.EchteStack;
import nl.uitvoering.standen.infrastructuur.EchteInfrastructuur;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** OWASP API Top 10 items that apply beyond access control: mass assignment, resource consumption, traces. */
@QuarkusTest
@EchteStack
class MisbruikTest {

    @ConfigProperty(name = "standen.security.writes-per-minute")
    int schrijvenPerMinuut;

    @Test
    void versieOrganisatieEnTijdstippenKomenNooitUitDeBody() {
        int jaar = nieuweOpenEditie();
        for (String veld : List.of("\"versie\": 99", "\"organisatie\": \"svb\"", "\"ingediendOp\": \"2020-01-01T00:00:00Z\"")) {
            given().contentType(ContentType.JSON)
                    .body("{" + veld + ", \"knelpunten\": [{\"titel\": \"T\", \"omschrijving\": \"O\", "
                            + "\"ernst\": \"hoog\"}]}")
                    .when().put("/api/v1/edities/" + jaar + "/standen/uwv")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().when().get("/api/v1/edities/" + jaar + "/standen/uwv").then().statusCode(404);
    }

    @Test
    void eenTeGroteBodyGeeft413() {
        String groot = "{\"samenvatting\": \"" + "x".repeat(1_100_000) + "\", \"knelpunten\": []}";
        given().contentType(ContentType.JSON).body(groot)
                .when().put("/api/v1/edities/2025/standen/uwv")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void teVeelKnelpuntenWordtGeweigerd() {
        StringBuilder knelpunten = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            knelpunten.append(i == 0 ? "" : ",").append("{\"titel\": \"T\", \"omschrijving\": \"O\", \"ernst\": \"hoog\"}");
        }
        given().contentType(ContentType.JSON).body("{\"knelpunten\": [" + knelpunten + "]}")
                .when().put("/api/v1/edities/" + nieuweOpenEditie() + "/standen/uwv")
                .then().statusCode(400).body("invalidParams.name", hasItem("$.knelpunten"));
    }

    @Test
    void wieTeVeelSchrijftKrijgt429MetRetryAfterOokMetEenNieuwToken() {
        List<Integer> statussen = new ArrayList<>();
        String retryAfter = null;
        // The bucket refills while we write, so it takes more than its size to empty it.
        for (int i = 0; i < 3 * schrijvenPerMinuut && retryAfter == null; i++) {
            var antwoord = given().auth().oauth2(EchteInfrastructuur.tokens().indiener("duo"))
                    .contentType(ContentType.JSON).body("{}")
                    .when().put("/api/v1/edities/2025/standen/duo");
            statussen.add(antwoord.statusCode());
            retryAfter = antwoord.statusCode() == 429 ? antwoord.header("Retry-After") : null;
        }
        assertThat(statussen).contains(429);
        assertThat(retryAfter).isNotNull();
        assertThat(Long.parseLong(retryAfter)).isPositive();
        // Every request above came with a token of its own: the bucket is the subject's, not the token's. Another
        // subject has a bucket of its own.
        given().auth().oauth2(EchteInfrastructuur.tokens().indiener("cjib")).contentType(ContentType.JSON).body("{}")
                .when().put("/api/v1/edities/2025/standen/cjib")
                .then().statusCode(400);
    }

    @Test
    void elkeSchrijfactieStaatInHetAuditSpoorMetVerzoekId() {
        int jaar = nieuweOpenEditie();
        given().contentType(ContentType.JSON).header("X-Request-ID", "test-" + jaar).body(standOver("beleidsreflex"))
                .when().put("/api/v1/edities/" + jaar + "/standen/ind")
                .then().statusCode(201).header("X-Request-ID", "test-" + jaar);

        given().auth().oauth2(EchteInfrastructuur.tokens().met("auditor", "stuurgroep"))
                .queryParam("paginaGrootte", 5)
                .when().get("/api/v1/audit-regels")
                .then().statusCode(200)
                .body("elementen.find { it.verzoekId == 'test-" + jaar + "' }.subject", equalTo("indiener-ind"))
                .body("elementen.find { it.verzoekId == 'test-" + jaar + "' }.organisatie", equalTo("ind"))
                .body("elementen.find { it.verzoekId == 'test-" + jaar + "' }.actie", equalTo("ingediend"))
                .body("elementen.find { it.verzoekId == 'test-" + jaar + "' }.versie", equalTo(1))
                .body("elementen.find { it.verzoekId == 'test-" + jaar + "' }.tijdstip", notNullValue());
    }

    @Test
    void hetAuditSpoorLaatZichNietWijzigenOfWissen() {
        given().contentType(ContentType.JSON).body(standOver("beleidsreflex"))
                .when().put("/api/v1/edities/" + nieuweOpenEditie() + "/standen/cak").then().statusCode(201);

        for (String sql : List.of("update audit_regel set subject = 'iemand anders'", "delete from audit_regel",
                "truncate audit_regel cascade")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                    Panache.getEntityManager().createNativeQuery(sql).executeUpdate()))
                    .hasStackTraceContaining("append-only");
        }
    }

    @Test
    void standVersiesBesluitenEnVastgesteldeStatenLatenZichNietWijzigenOfWissen() {
        int jaar = nieuweOpenEditie();
        given().contentType(ContentType.JSON).body(standOver("beleidsreflex"))
                .when().put("/api/v1/edities/" + jaar + "/standen/cak").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/v1/edities/" + jaar + "/themas").then().body("aantalOrganisaties", equalTo(1)));
        given().contentType(ContentType.JSON)
                .body("{\"soort\": \"annoteren\", \"thema\": \"beleidsreflex\", \"notitie\": \"n\"}")
                .when().post("/api/v1/edities/" + jaar + "/besluiten").then().statusCode(201);
        given().when().post("/api/v1/edities/" + jaar + "/vaststelling").then().statusCode(201);

        for (String sql : List.of(
                "update stand_versie set versie = versie", "delete from stand_versie", "truncate stand_versie cascade",
                "update besluit set notitie = notitie where editie_jaar = " + jaar,
                "delete from besluit where editie_jaar = " + jaar, "truncate besluit cascade",
                "update vaststelling set inhoud_hash = inhoud_hash where editie_jaar = " + jaar,
                "delete from vaststelling where editie_jaar = " + jaar, "truncate vaststelling cascade")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                    Panache.getEntityManager().createNativeQuery(sql).executeUpdate()))
                    .as(sql).hasStackTraceContaining("append-only");
        }
    }

    @Test
    void deBeveiligingskoppenStaanOpElkAntwoord() {
        given().when().get("/api/v1/organisaties")
                .then().header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Strict-Transport-Security", containsString("max-age"));
    }
}
