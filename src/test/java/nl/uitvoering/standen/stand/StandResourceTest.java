package nl.uitvoering.standen.stand;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static nl.uitvoering.standen.TestData.stand;
import static nl.uitvoering.standen.TestData.voorbeeld;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.uitvoering.standen.EchteStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@EchteStack
class StandResourceTest {

    private int jaar;

    @BeforeEach
    void eigenEditie() {
        jaar = nieuweOpenEditie();
    }

    private String standPad(String organisatie) {
        return "/api/v1/edities/" + jaar + "/standen/" + organisatie;
    }

    @Test
    void eenEersteIndieningMaaktVersie1MetLocationEnETag() {
        given().contentType(ContentType.JSON).body(voorbeeld(2024, "uwv"))
                .when().put(standPad("uwv"))
                .then().statusCode(201)
                .header("Location", endsWith(standPad("uwv")))
                .header("ETag", "\"1\"")
                .header("API-Version", "1.0.0")
                .body("organisatie", equalTo("uwv"))
                .body("jaar", equalTo(jaar))
                .body("versie", equalTo(1))
                .body("ingediendOp", notNullValue())
                .body("inhoud.knelpunten", hasSize(6));
    }

    @Test
    void eenHerzieningIsEenNieuweVersieEnDeGeschiedenisBlijft() {
        given().contentType(ContentType.JSON).body(stand("Eerste titel"))
                .when().put(standPad("svb")).then().statusCode(201);

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(stand("Herziene titel"))
                .when().put(standPad("svb"))
                .then().statusCode(200).header("ETag", "\"2\"").body("versie", equalTo(2));

        given().when().get(standPad("svb"))
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("inhoud.knelpunten[0].titel", equalTo("Herziene titel"));
        given().when().get(standPad("svb") + "/versies/1")
                .then().statusCode(200).body("inhoud.knelpunten[0].titel", equalTo("Eerste titel"));
        given().when().get(standPad("svb") + "/versies")
                .then().statusCode(200).body("elementen.versie", containsInAnyOrder(1, 2));
    }

    @Test
    void dezelfdeInhoudOpnieuwIndienenMaaktGeenNieuweVersie() {
        given().contentType(ContentType.JSON).body(stand("Zelfde"))
                .when().put(standPad("duo")).then().statusCode(201);

        given().contentType(ContentType.JSON).body(stand("Zelfde"))
                .when().put(standPad("duo"))
                .then().statusCode(200).header("ETag", "\"1\"").body("versie", equalTo(1));

        given().when().get(standPad("duo") + "/versies").then().body("elementen", hasSize(1));
    }

    @Test
    void eenVerouderdeIfMatchGeeft412() {
        given().contentType(ContentType.JSON).body(stand("Een"))
                .when().put(standPad("ind")).then().statusCode(201);
        given().contentType(ContentType.JSON).body(stand("Twee"))
                .when().put(standPad("ind")).then().statusCode(200);

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(stand("Drie"))
                .when().put(standPad("ind"))
                .then().statusCode(412).contentType("application/problem+json")
                .body("status", equalTo(412)).body("detail", containsString("laatste versie is 2"));
    }

    @Test
    void intrekkenLaatDeGeschiedenisStaan() {
        given().contentType(ContentType.JSON).body(stand("Ingediend"))
                .when().put(standPad("cak")).then().statusCode(201);

        given().when().delete(standPad("cak")).then().statusCode(204);

        given().when().get(standPad("cak"))
                .then().statusCode(404).body("detail", containsString("ingetrokken"));
        given().when().get(standPad("cak") + "/versies")
                .then().statusCode(200).body("elementen.ingetrokken", containsInAnyOrder(false, true));
        given().when().delete(standPad("cak")).then().statusCode(404);
    }

    @Test
    void onbekendeOrganisatieOfEditieGeeft404() {
        given().contentType(ContentType.JSON).body(stand("X"))
                .when().put("/api/v1/edities/" + jaar + "/standen/bestaat-niet")
                .then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Niet gevonden"));
        given().contentType(ContentType.JSON).body(stand("X"))
                .when().put("/api/v1/edities/1999/standen/uwv")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void eenGeslotenVensterGeeft409() {
        given().contentType(ContentType.JSON).body(stand("Te laat"))
                .when().put("/api/v1/edities/2022/standen/uwv")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("gesloten"));
    }

    @Test
    void eenOngeldigeBodyNoemtElkeFoutMetZijnJsonPad() {
        String body = """
                {"samenvatting": "x",
                 "knelpunten": [
                   {"omschrijving": "Geen titel.", "ernst": "enorm", "wetten": ["BWB123"]},
                   {"titel": "%s", "omschrijving": "Te lange titel.", "ernst": "hoog"}
                 ]}""".formatted("t".repeat(201));

        given().contentType(ContentType.JSON).body(body)
                .when().put(standPad("rvo"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("invalidParams.name", containsInAnyOrder(
                        "$.knelpunten[0].titel", "$.knelpunten[0].ernst", "$.knelpunten[0].wetten[0]",
                        "$.knelpunten[1].titel"));
        given().when().get(standPad("rvo")).then().statusCode(404);
    }

    @Test
    void legeKnelpuntenOnbekendeVeldenEnKapotteJsonGeven400() {
        given().contentType(ContentType.JSON).body("{\"knelpunten\": []}")
                .when().put(standPad("rvo"))
                .then().statusCode(400).body("invalidParams[0].name", equalTo("$.knelpunten"));
        given().contentType(ContentType.JSON).body("{\"knelpunten\": [], \"geheim\": 1}")
                .when().put(standPad("rvo"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].reason", containsString("geheim"));
        given().contentType(ContentType.JSON).body("{\"knelpunten\": [")
                .when().put(standPad("rvo"))
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void eenVeldDatTweeKeerInDeBodyStaatWordtGeweigerd() {
        int jaar = nieuweOpenEditie();
        given().contentType(ContentType.JSON)
                .body("{\"samenvatting\": \"A\", \"samenvatting\": \"B\", \"knelpunten\": []}")
                .when().put("/api/v1/edities/" + jaar + "/standen/uwv")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].reason", equalTo("Veld 'samenvatting' staat twee keer in de body."));
        given().when().get("/api/v1/edities/" + jaar + "/standen/uwv").then().statusCode(404);
    }

    @Test
    void deVersiesWordenPerPaginaGegevenMetHetTotaal() {
        for (String titel : new String[] {"Eerste", "Tweede", "Derde"}) {
            given().contentType(ContentType.JSON).body(stand(titel)).when().put(standPad("rvo"))
                    .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }

        given().queryParam("paginaGrootte", 2).queryParam("pagina", 2)
                .when().get(standPad("rvo") + "/versies")
                .then().statusCode(200)
                .body("elementen.versie", org.hamcrest.Matchers.contains(3))
                .body("elementen[0].aantalKnelpunten", equalTo(1))
                .body("paginering.totaalAantal", equalTo(3))
                .body("paginering.totaalPaginas", equalTo(2))
                .body("_links.prev.href", containsString("pagina=1"));
    }
}
