package nl.uitvoering.standen.lokaal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.uitvoering.standen.infrastructuur.Tokenuitgever;

/** Loads the sample Standen into a running service through its public API, as an agency would. */
final class DemoLader {

    static final List<Integer> EDITIES = List.of(2022, 2024, 2025);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI basis;
    private final Tokenuitgever tokens;

    DemoLader(URI basis, Tokenuitgever tokens) {
        this.basis = basis;
        this.tokens = tokens;
    }

    /** Submits every sample Stand; returns the number of organisations per edition. */
    Map<Integer, Integer> laad() throws IOException, InterruptedException {
        Map<Integer, Integer> perEditie = new TreeMap<>();
        List<String> organisaties = organisaties();
        for (int jaar : EDITIES) {
            openVenster(jaar);
            for (String organisatie : organisaties) {
                String body = voorbeeld(jaar, organisatie);
                if (body != null) {
                    verstuur("PUT", "/api/v1/edities/" + jaar + "/standen/" + organisatie, "application/json", body,
                            tokens.indiener(organisatie));
                    perEditie.merge(jaar, 1, Integer::sum);
                }
            }
        }
        return perEditie;
    }

    /** Waits until the consolidated picture of every edition counts all its organisations. */
    void wachtOpBeeld(Map<Integer, Integer> verwacht, Duration maximaal) throws IOException, InterruptedException {
        Instant grens = Instant.now().plus(maximaal);
        for (Map.Entry<Integer, Integer> editie : verwacht.entrySet()) {
            while (aantalInBeeld(editie.getKey()) < editie.getValue()) {
                if (Instant.now().isAfter(grens)) {
                    throw new IllegalStateException("The picture of " + editie.getKey() + " did not fill in time");
                }
                Thread.sleep(200);
            }
        }
    }

    /** The sample editions lie in the past; an administrator reopens their window for the demo. */
    private void openVenster(int jaar) throws IOException, InterruptedException {
        Instant nu = Instant.now();
        verstuur("PATCH", "/api/v1/edities/" + jaar, "application/merge-patch+json",
                "{\"indienenVanaf\": \"%s\", \"indienenTot\": \"%s\"}"
                        .formatted(nu.minus(1, ChronoUnit.DAYS), nu.plus(90, ChronoUnit.DAYS)),
                tokens.met("demo-beheer", "beheer"));
    }

    private int aantalInBeeld(int jaar) throws IOException, InterruptedException {
        HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(basis.resolve("/api/v1/edities/" + jaar
                        + "/themas")).header("Authorization", "Bearer " + tokens.met("demo-lezer", "lezer")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return antwoord.statusCode() == 200 ? json.readTree(antwoord.body()).path("aantalOrganisaties").asInt() : 0;
    }

    private void verstuur(String methode, String pad, String type, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest verzoek = HttpRequest.newBuilder(basis.resolve(pad))
                .header("Content-Type", type)
                .header("Authorization", "Bearer " + token)
                .method(methode, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() >= 300) {
            throw new IllegalStateException(methode + " " + pad + " gave " + antwoord.statusCode() + ": "
                    + antwoord.body());
        }
    }

    private List<String> organisaties() throws IOException {
        List<String> codes = new ArrayList<>();
        try (InputStream bron = DemoLader.class.getResourceAsStream("/voorbeelden/organisaties.json")) {
            for (JsonNode organisatie : json.readTree(bron)) {
                codes.add(organisatie.path("code").asText());
            }
        }
        return codes;
    }

    private static String voorbeeld(int jaar, String organisatie) throws IOException {
        try (InputStream bron = DemoLader.class.getResourceAsStream(
                "/voorbeelden/standen/" + jaar + "/" + organisatie + ".json")) {
            return bron == null ? null : new String(bron.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
