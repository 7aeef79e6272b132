package nl.uitvoering.standen.analyse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The synthetic sample Standen with their expert labels, read as input of the analysis core. */
final class Voorbeeldset {

    static final List<Integer> EDITIES = List.of(2022, 2024, 2025);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One expert label: the themes a careful reader gives a bottleneck, and its emergent theme if any. */
    record Label(int jaar, String organisatie, int index, List<String> themas, String opkomend) {
    }

    private Voorbeeldset() {
    }

    static Map<Integer, List<StandTekst>> standen() throws IOException {
        Map<Integer, List<StandTekst>> perEditie = new TreeMap<>();
        JsonNode organisaties = lees("/voorbeelden/organisaties.json");
        for (int jaar : EDITIES) {
            List<StandTekst> standen = new ArrayList<>();
            for (JsonNode organisatie : organisaties) {
                String code = organisatie.path("code").asText();
                JsonNode stand = lees("/voorbeelden/standen/" + jaar + "/" + code + ".json");
                if (stand != null) {
                    standen.add(alsTekst(code, stand));
                }
            }
            perEditie.put(jaar, standen);
        }
        return perEditie;
    }

    static List<Label> labels() throws IOException {
        List<Label> labels = new ArrayList<>();
        try (InputStream bron = Voorbeeldset.class.getResourceAsStream("/voorbeelden/labels.jsonl");
             BufferedReader regels = new BufferedReader(new InputStreamReader(bron, StandardCharsets.UTF_8))) {
            for (String regel = regels.readLine(); regel != null; regel = regels.readLine()) {
                JsonNode label = JSON.readTree(regel);
                List<String> themas = new ArrayList<>();
                label.path("themas").forEach(thema -> themas.add(thema.asText()));
                labels.add(new Label(label.path("jaar").asInt(), label.path("organisatie").asText(),
                        label.path("index").asInt(), themas,
                        label.path("opkomend").isNull() ? null : label.path("opkomend").asText()));
            }
        }
        return labels;
    }

    static StandTekst alsTekst(String organisatie, JsonNode stand) {
        List<KnelpuntTekst> knelpunten = new ArrayList<>();
        JsonNode lijst = stand.path("knelpunten");
        for (int positie = 0; positie < lijst.size(); positie++) {
            JsonNode knelpunt = lijst.get(positie);
            knelpunten.add(new KnelpuntTekst(positie, knelpunt.path("titel").asText(),
                    knelpunt.path("omschrijving").asText(), Ernst.vanCode(knelpunt.path("ernst").asText()),
                    tekstenVan(knelpunt.path("themas")), tekstenVan(knelpunt.path("wetten"))));
        }
        return new StandTekst(organisatie, 1, knelpunten);
    }

    private static List<String> tekstenVan(JsonNode lijst) {
        List<String> teksten = new ArrayList<>();
        lijst.forEach(element -> teksten.add(element.asText()));
        return teksten;
    }

    private static JsonNode lees(String pad) throws IOException {
        try (InputStream bron = Voorbeeldset.class.getResourceAsStream(pad)) {
            return bron == null ? null : JSON.readTree(bron);
        }
    }
}
