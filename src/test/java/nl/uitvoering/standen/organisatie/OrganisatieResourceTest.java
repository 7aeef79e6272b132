package nl.uitvoering.standen.organisatie;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.uitvoering.standen.EchteStack;
import org.junit.jupiter.api.Test;

@QuarkusTest
@EchteStack
class OrganisatieResourceTest {

    @Test
    void deVeertienVoorbeeldorganisatiesZijnGeladen() {
        given().when().get("/api/v1/organisaties")
                .then().statusCode(200)
                .body("paginering.totaalAantal", greaterThanOrEqualTo(14))
                .body("elementen", hasSize(greaterThanOrEqualTo(14)))
                .body("elementen.code", hasItems("uwv", "svb", "belastingdienst", "gemeente-zwolle"));
        given().when().get("/api/v1/organisaties/cjib")
                .then().statusCode(200)
                .body("naam", equalTo("Centraal Justitieel Incassobureau"))
                .body("soort", equalTo("agentschap"));
    }

    @Test
    void eenBeheerderVoegtEenOrganisatieToeMetDiakrieten() {
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"gemeente-sudwest-fryslan\", \"naam\": \"Gemeente Súdwest-Fryslân\", "
                        + "\"soort\": \"gemeente\"}")
                .when().post("/api/v1/organisaties")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/organisaties/gemeente-sudwest-fryslan"));

        given().when().get("/api/v1/organisaties/gemeente-sudwest-fryslan")
                .then().statusCode(200).body("naam", equalTo("Gemeente Súdwest-Fryslân"));
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"gemeente-sudwest-fryslan\", \"naam\": \"Dubbel\", \"soort\": \"gemeente\"}")
                .when().post("/api/v1/organisaties")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void eenOngeldigeOrganisatieNoemtAlleFouten() {
        given().contentType(ContentType.JSON).body("{\"code\": \"Geen Kebab\", \"soort\": \"bedrijf\"}")
                .when().post("/api/v1/organisaties")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItems("$.code", "$.naam", "$.soort"));
    }

    @Test
    void deLijstIsPerPaginaMetLinks() {
        given().queryParam("pagina", 2).queryParam("paginaGrootte", 5)
                .when().get("/api/v1/organisaties")
                .then().statusCode(200)
                .body("elementen", hasSize(5))
                .body("paginering.pagina", equalTo(2))
                .body("paginering.paginaGrootte", equalTo(5))
                .body("_links.prev.href", org.hamcrest.Matchers.containsString("pagina=1"))
                .body("_links.next.href", org.hamcrest.Matchers.containsString("pagina=3"));
        given().queryParam("paginaGrootte", 500)
                .when().get("/api/v1/organisaties")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("paginaGrootte"));
    }

    @Test
    void eenOngewijzigdeLijstGeeft304() {
        String etag = given().when().get("/api/v1/organisaties").then().statusCode(200)
                .extract().header("ETag");

        given().header("If-None-Match", etag)
                .when().get("/api/v1/organisaties")
                .then().statusCode(304).header("API-Version", "1.0.0");
    }

    @Test
    void eenOnbekendeOrganisatieGeeft404() {
        given().when().get("/api/v1/organisaties/bestaat-niet")
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/organisaties/bestaat-niet"));
    }
}
