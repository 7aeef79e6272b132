package nl.uitvoering.standen.beveiliging;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static nl.uitvoering.standen.TestData.standOver;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.uitvoering.standen.AutomatischeToegang;
import nl.uitvoering.standen.EchteStack;
import nl.uitvoering.standen.infrastructuur.EchteInfrastructuur;
import nl.uitvoering.standen.infrastructuur.Tokenuitgever;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks the whole role x endpoint table of the README with real signed tokens: every cell that may not must
 * answer 401 (no token) or 403 (wrong role, or another organisation's Stand), every cell that may gets past
 * the security checks.
 */
@QuarkusTest
@EchteStack
class ToegangsTabelTest {

    private static final List<String> ROLLEN =
            List.of("anoniem", "indiener-eigen", "indiener-ander", "stuurgroep", "lezer", "beheer");

    private int jaar;

    /** One row: an endpoint and the roles that may use it. */
    private record Regel(String methode, String pad, String body, Set<String> mag) {
    }

    @BeforeEach
    void eenStandVanUwv() {
        jaar = nieuweOpenEditie();
        given().contentType(ContentType.JSON).body(standOver("menselijke-maat"))
                .when().put("/api/v1/edities/" + jaar + "/standen/uwv").then().statusCode(201);
    }

    private List<Regel> tabel() {
        String stand = "/api/v1/edities/" + jaar + "/standen/uwv";
        Set<String> iedereen = Set.of("indiener-eigen", "indiener-ander", "stuurgroep", "lezer", "beheer");
        Set<String> beeld = Set.of("stuurgroep", "lezer", "beheer");
        return List.of(
                new Regel("GET", "/api/v1/organisaties", null, iedereen),
                new Regel("GET", "/api/v1/organisaties/uwv", null, iedereen),
                new Regel("POST", "/api/v1/organisaties", "{\"code\": \"x-" + jaar + "\", \"naam\": \"X\", "
                        + "\"soort\": \"overig\"}", Set.of("beheer")),
                new Regel("GET", "/api/v1/edities", null, iedereen),
                new Regel("GET", "/api/v1/edities/" + jaar, null, iedereen),
                new Regel("POST", "/api/v1/edities", "{\"jaar\": 1999}", Set.of("beheer")),
                new Regel("PATCH", "/api/v1/edities/" + jaar, "{}", Set.of("beheer")),
                new Regel("PUT", stand, standOver("menselijke-maat"), Set.of("indiener-eigen")),
                new Regel("GET", stand, null, Set.of("indiener-eigen", "stuurgroep")),
                new Regel("GET", stand + "/versies", null, Set.of("indiener-eigen", "stuurgroep")),
                new Regel("GET", stand + "/versies/1", null, Set.of("indiener-eigen", "stuurgroep")),
                new Regel("DELETE", stand, null, Set.of("indiener-eigen")),
                new Regel("GET", stand + "/analyse", null, Set.of("indiener-eigen", "stuurgroep", "lezer")),
                new Regel("GET", "/api/v1/edities/" + jaar + "/themas", null, beeld),
                new Regel("GET", "/api/v1/edities/" + jaar + "/themas/menselijke-maat", null, beeld),
                new Regel("GET", "/api/v1/edities/" + jaar + "/wetten", null, beeld),
                new Regel("GET", "/api/v1/trends", null, beeld),
                new Regel("GET", "/api/v1/edities/" + jaar + "/rapport", null, beeld),
                new Regel("GET", "/api/v1/audit-regels", null, Set.of("stuurgroep", "beheer")),
                new Regel("POST", "/api/v1/edities/" + jaar + "/besluiten", "{\"soort\": \"annoteren\", "
                        + "\"thema\": \"menselijke-maat\", \"notitie\": \"n\"}", Set.of("stuurgroep")),
                new Regel("GET", "/api/v1/edities/" + jaar + "/besluiten", null, Set.of("stuurgroep", "beheer")),
                new Regel("GET", "/api/v1/edities/" + jaar + "/vaststelling", null,
                        Set.of("anoniem", "indiener-eigen", "indiener-ander", "stuurgroep", "lezer", "beheer")),
                new Regel("GET", "/api/v1/edities/" + jaar + "/vaststelling/staat", null,
                        Set.of("anoniem", "indiener-eigen", "indiener-ander", "stuurgroep", "lezer", "beheer")),
                new Regel("GET", "/api/v1/leesmodellen", null, Set.of("stuurgroep", "beheer")),
                new Regel("POST", "/api/v1/herbouw-opdrachten", null, Set.of("beheer")),
                new Regel("GET", "/api/v1/herbouw-opdrachten/1", null, Set.of("beheer")),
                // Only the refusals: a retrain would read the other tests' pictures with another model
                // (LeesmodelTest retrains, and cleans up).
                new Regel("POST", "/api/v1/leesmodellen", null, Set.of()),
                // Last, because it freezes the edition.
                new Regel("POST", "/api/v1/edities/" + jaar + "/vaststelling", null, Set.of("stuurgroep")));
    }

    @Test
    void elkeRolMagPreciesWatDeTabelZegt() {
        Tokenuitgever tokens = EchteInfrastructuur.tokens();
        Map<String, String> tokenPerRol = Map.of(
                "indiener-eigen", tokens.indiener("uwv"),
                "indiener-ander", tokens.indiener("svb"),
                "stuurgroep", tokens.met("s", "stuurgroep"),
                "lezer", tokens.met("l", "lezer"),
                "beheer", tokens.met("b", "beheer"));
        List<String> afwijkingen = new ArrayList<>();
        for (Regel regel : tabel()) {
            for (String rol : ROLLEN) {
                boolean alleenWeigeringen = regel.methode().equals("POST") && regel.pad().endsWith("leesmodellen");
                if (alleenWeigeringen && rol.equals("beheer")) {
                    continue;
                }
                RequestSpecification verzoek = given().contentType(ContentType.JSON)
                        // A DELETE that gets through stops at If-Match, so the Stand stays for the next rows.
                        .header("If-Match", "\"99\"");
                verzoek = rol.equals("anoniem") ? verzoek.header(AutomatischeToegang.ANONIEM, "ja")
                        : verzoek.auth().oauth2(tokenPerRol.get(rol));
                if (regel.body() != null) {
                    verzoek = verzoek.body(regel.body());
                }
                int status = verzoek.when().request(regel.methode(), regel.pad()).then().extract().statusCode();
                int verwacht = regel.mag().contains(rol) ? 0 : rol.equals("anoniem") ? 401 : 403;
                boolean goed = verwacht == 0 ? status != 401 && status != 403 : status == verwacht;
                if (!goed) {
                    afwijkingen.add(regel.methode() + " " + regel.pad() + " als " + rol + ": " + status);
                }
            }
        }
        assertThat(afwijkingen).isEmpty();
    }

    @Test
    void eenWeigeringIsEenProbleemMetUitleg() {
        Response weigering = given().auth().oauth2(EchteInfrastructuur.tokens().indiener("svb"))
                .when().get("/api/v1/edities/" + jaar + "/standen/uwv");
        assertThat(weigering.statusCode()).isEqualTo(403);
        assertThat(weigering.contentType()).startsWith("application/problem+json");
        assertThat(weigering.jsonPath().getString("detail")).contains("uwv");
    }
}
