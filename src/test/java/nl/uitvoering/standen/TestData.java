package nl.uitvoering.standen;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Test fixtures: the sample Standen shipped with the tests, and editions of their own per test. */
public final class TestData {

    private static final AtomicInteger VOLGEND_JAAR = new AtomicInteger(2040);

    private TestData() {
    }

    /** A sample Stand body, e.g. {@code voorbeeld(2024, "uwv")}. */
    public static String voorbeeld(int jaar, String organisatie) {
        String pad = "/voorbeelden/standen/" + jaar + "/" + organisatie + ".json";
        try (InputStream bron = TestData.class.getResourceAsStream(pad)) {
            if (bron == null) {
                throw new IllegalArgumentException("No sample " + pad);
            }
            return new String(bron.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates an edition that is open for submissions now, so that each test works in an edition of its own. */
    public static int nieuweOpenEditie() {
        int jaar = VOLGEND_JAAR.getAndIncrement();
        Instant nu = Instant.now();
        given().contentType(ContentType.JSON)
                .body("""
                        {"jaar": %d, "indienenVanaf": "%s", "indienenTot": "%s"}"""
                        .formatted(jaar, nu.minus(1, ChronoUnit.DAYS), nu.plus(30, ChronoUnit.DAYS)))
                .when().post("/api/v1/edities")
                .then().statusCode(201);
        return jaar;
    }

    /** A minimal valid Stand with one bottleneck that declares the given themes. */
    public static String standMetThemas(String titel, String... themas) {
        StringBuilder lijst = new StringBuilder();
        for (String thema : themas) {
            lijst.append(lijst.isEmpty() ? "" : ", ").append('"').append(thema).append('"');
        }
        return """
                {"samenvatting": "Korte samenvatting.",
                 "knelpunten": [{"titel": "%s", "omschrijving": "Een omschrijving van het knelpunt. Tweede zin.",
                                 "ernst": "hoog", "themas": [%s], "wetten": ["BWBR0015703"],
                                 "doelgroepen": ["burgers"]}]}""".formatted(titel, lijst);
    }
}
