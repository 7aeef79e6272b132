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
    /** A year no other test uses, for a test that creates its edition itself. */
    public static int ongebruiktJaar() {
        return VOLGEND_JAAR.getAndIncrement();
    }

    public static int nieuweOpenEditie() {
        int jaar = ongebruiktJaar();
        Instant nu = Instant.now();
        given().contentType(ContentType.JSON)
                .body("""
                        {"jaar": %d, "indienenVanaf": "%s", "indienenTot": "%s"}"""
                        .formatted(jaar, nu.minus(1, ChronoUnit.DAYS), nu.plus(30, ChronoUnit.DAYS)))
                .when().post("/api/v1/edities")
                .then().statusCode(201);
        return jaar;
    }

    /** A minimal valid Stand with one bottleneck with this title. */
    public static String stand(String titel) {
        return """
                {"samenvatting": "Korte samenvatting.",
                 "knelpunten": [{"titel": "%s", "omschrijving": "Een omschrijving van het knelpunt. Tweede zin.",
                                 "ernst": "hoog", "themas": [], "wetten": ["BWBR0015703"],
                                 "doelgroepen": ["burgers"]}]}""".formatted(titel);
    }

    /**
     * A Stand with one bottleneck per theme, each written in plain words about that theme and declaring none:
     * the consolidator has to read the text.
     */
    public static String standOver(String... themas) {
        StringBuilder knelpunten = new StringBuilder();
        for (String thema : themas) {
            String[] tekst = tekstOver(thema);
            knelpunten.append(knelpunten.isEmpty() ? "" : ",\n").append("""
                    {"titel": "%s", "omschrijving": "%s", "ernst": "hoog", "themas": [],
                     "wetten": ["BWBR0005537"], "doelgroepen": ["burgers"]}""".formatted(tekst[0], tekst[1]));
        }
        return "{\"samenvatting\": \"Samenvatting.\", \"knelpunten\": [" + knelpunten + "]}";
    }

    /** Title and description of a bottleneck that is clearly about one known theme. */
    public static String[] tekstOver(String thema) {
        return switch (thema) {
            case "complexiteit-regelgeving" -> new String[] {"Complexe en gestapelde regelgeving",
                "De wet- en regelgeving is zo complex en gelaagd dat burgers er niet meer uitkomen."};
            case "ict-gegevensuitwisseling" -> new String[] {"Verouderde ICT-systemen",
                "Onze verouderde systemen maken de gegevensuitwisseling met ketenpartners foutgevoelig."};
            case "beleidsreflex" -> new String[] {"Steeds nieuwe regelingen",
                "Nieuw beleid en tussentijdse wijzigingen volgen elkaar op, met korte invoeringstermijnen."};
            case "menselijke-maat" -> new String[] {"Hardvochtige terugvorderingen",
                "Terugvorderingen pakken onevenredig hard uit voor mensen met schulden; de menselijke maat ontbreekt."};
            case "arbeidsmarkt-personeel" -> new String[] {"Personeelstekort",
                "Door krapte op de arbeidsmarkt en vergrijzing blijven vacatures voor ervaren medewerkers open."};
            case "financiering-sturing" -> new String[] {"Onzekere financiering",
                "De financiering is incidenteel: het budget dekt de structurele uitvoeringskosten niet."};
            case "standaard-versus-maatwerk" -> new String[] {"Te weinig ruimte voor maatwerk",
                "Standaardprocessen laten te weinig ruimte voor maatwerk in uitzonderlijke situaties."};
            default -> throw new IllegalArgumentException("No text about " + thema);
        };
    }
}
