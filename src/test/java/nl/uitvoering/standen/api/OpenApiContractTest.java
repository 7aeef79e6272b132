package nl.uitvoering.standen.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.uitvoering.standen.EchteStack;
import org.junit.jupiter.api.Test;

/** The service serves exactly the contract checked in under openapi/, openly. */
@QuarkusTest
@EchteStack
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi", "openapi.json");

    @Test
    void deGeserveerdeOpenApiIsHetIngecheckteContract() throws Exception {
        String geserveerd = given().header("Origin", "https://dashboard.example.org")
                .when().get("/api/v1/openapi.json")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.equalTo("*"),
                        org.hamcrest.Matchers.equalTo("https://dashboard.example.org")))
                .extract().asString();

        ObjectMapper json = new ObjectMapper();
        JsonNode verwacht = json.readTree(Files.readString(CONTRACT));
        assertThat(json.readTree(geserveerd))
                .as("The API changed: review target/openapi/openapi.json and copy it to openapi/openapi.json on purpose")
                .isEqualTo(verwacht);
    }

    @Test
    void swaggerUiToontHetContract() {
        given().when().get("/q/swagger-ui/index.html")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/html"));
    }
}
