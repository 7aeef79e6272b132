package nl.uitvoering.standen.rapport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import nl.uitvoering.standen.AutomatischeToegang;
import nl.uitvoering.standen.EchteStack;
import org.junit.jupiter.api.Test;

/** The dashboard is a plain page served by the application that reads only the public API. */
@QuarkusTest
@EchteStack
class DashboardTest {

    @Test
    void deDashboardpaginaWordtGeserveerdZonderToken() {
        given().header(AutomatischeToegang.ANONIEM, "ja")
                .when().get("/dashboard/")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"nl\">"))
                .body(containsString("<label for=\"token\">"))
                .body(containsString("dashboard.js"));
    }

    @Test
    void hetScriptLeestAlleenDeApiEnZetNooitHtmlUitTekst() {
        given().header(AutomatischeToegang.ANONIEM, "ja")
                .when().get("/dashboard/dashboard.js")
                .then().statusCode(200)
                .body(containsString("const api = \"/api/v1\""))
                .body(not(containsString(".innerHTML")));
    }
}
