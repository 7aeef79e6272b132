package nl.uitvoering.standen.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The Standen of a benchmark: per organisation ten bottlenecks drawn from the sample set, so that text lengths and
 * vocabulary are those of real Standen. A revision changes the summary, which is enough for a new version.
 */
final class BenchStanden {

    static final int KNELPUNTEN_PER_STAND = 10;

    private final ObjectMapper json = new ObjectMapper();
    private final List<JsonNode> knelpunten = new ArrayList<>();

    BenchStanden() {
        for (int jaar : List.of(2022, 2024, 2025)) {
            for (JsonNode organisatie : lees("/voorbeelden/organisaties.json")) {
                JsonNode stand = lees("/voorbeelden/standen/" + jaar + "/" + organisatie.path("code").asText()
                        + ".json");
                stand.path("knelpunten").forEach(knelpunten::add);
            }
        }
    }

    private JsonNode lees(String pad) {
        try (InputStream bron = BenchStanden.class.getResourceAsStream(pad)) {
            return bron == null ? json.missingNode() : json.readTree(bron);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String organisatie(int nummer) {
        return "bench-" + nummer;
    }

    /** The body of revision {@code revisie} of the Stand of organisation {@code nummer}. */
    String body(int nummer, long revisie) {
        Random random = new Random(nummer);
        ObjectNode stand = json.createObjectNode();
        stand.put("samenvatting", "Stand van " + organisatie(nummer) + ", herziening " + revisie
                + ": waar de dienstverlening aan burgers en bedrijven vastloopt.");
        ArrayNode lijst = stand.putArray("knelpunten");
        for (int i = 0; i < KNELPUNTEN_PER_STAND; i++) {
            lijst.add(knelpunten.get(random.nextInt(knelpunten.size())).deepCopy());
        }
        try {
            return json.writeValueAsString(stand);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bottlenecks of a body, for the pgbench script that inserts the same rows. */
    List<JsonNode> knelpuntenVan(String body) {
        try {
            List<JsonNode> uit = new ArrayList<>();
            json.readTree(body).path("knelpunten").forEach(uit::add);
            return uit;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
