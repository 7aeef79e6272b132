package nl.uitvoering.standen.api;

import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import nl.uitvoering.standen.EchteStack;
import nl.uitvoering.standen.infrastructuur.EchteInfrastructuur;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand generated hostile requests (seeded, so a failure can be replayed): every answer is a 4xx
 * problem+json, none is a 5xx, and none of them leaves anything behind.
 */
@QuarkusTest
@EchteStack
class VijandigeInvoerTest {

    private static final int AANTAL = 10_000;
    private static final long ZAAD = 20261129L;
    private static final String GELDIG = """
            {"samenvatting": "S", "knelpunten": [{"titel": "T", "omschrijving": "O", "ernst": "hoog",
             "themas": [], "wetten": ["BWBR0015703"], "doelgroepen": ["burgers"]}],
             "indicatoren": {"openVacatures": 3}}""";

    @TestHTTPResource("/")
    URL basis;

    /** One generated request. */
    private record Verzoek(String soort, String methode, String pad, String type, byte[] body) {
    }

    @Test
    void geenVijandigVerzoekLeidtTotEen5xxOfTotOpgeslagenGegevens() throws Exception {
        int jaar = nieuweOpenEditie();
        String stand = "api/v1/edities/" + jaar + "/standen/uwv";
        Random random = new Random(ZAAD);
        List<Function<Random, Verzoek>> soorten = soorten(stand);
        // Many tokens of the same indiener, so that the rate limit does not hide what the body would do.
        List<String> tokens = IntStream.range(0, 100).mapToObj(i -> EchteInfrastructuur.tokens().indiener("uwv"))
                .toList();
        HttpClient http = HttpClient.newHttpClient();
        Map<String, Integer> afwijkingen = new TreeMap<>();
        List<String> voorbeelden = new ArrayList<>();
        for (int i = 0; i < AANTAL; i++) {
            Verzoek verzoek = soorten.get(i % soorten.size()).apply(random);
            HttpRequest.Builder bouwer = HttpRequest.newBuilder(URI.create(basis + verzoek.pad()))
                    .header("Authorization", "Bearer " + tokens.get(i % tokens.size()))
                    .method(verzoek.methode(), verzoek.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(verzoek.body()));
            if (verzoek.type() != null) {
                bouwer.header("Content-Type", verzoek.type());
            }
            HttpResponse<String> antwoord = http.send(bouwer.build(), HttpResponse.BodyHandlers.ofString());
            String type = antwoord.headers().firstValue("Content-Type").orElse("");
            boolean goed = antwoord.statusCode() >= 400 && antwoord.statusCode() < 500
                    && type.startsWith("application/problem+json");
            if (!goed) {
                afwijkingen.merge(verzoek.soort() + " -> " + antwoord.statusCode(), 1, Integer::sum);
                if (voorbeelden.size() < 5) {
                    voorbeelden.add(verzoek.soort() + " " + verzoek.pad() + " -> " + antwoord.statusCode() + " "
                            + antwoord.body());
                }
            }
        }
        assertThat(afwijkingen).as("%s", voorbeelden).isEmpty();
        HttpResponse<String> nogSteedsLeeg = http.send(HttpRequest.newBuilder(URI.create(basis + stand))
                .header("Authorization", "Bearer " + tokens.get(0)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(nogSteedsLeeg.statusCode()).isEqualTo(404);
    }

    private static List<Function<Random, Verzoek>> soorten(String stand) {
        return List.of(
                r -> json("kapotte JSON", stand, GELDIG.substring(0, r.nextInt(GELDIG.length() - 1))),
                r -> json("verkeerd type", stand, GELDIG.replace("\"hoog\"", List.of("3", "[]", "{}", "null", "true")
                        .get(r.nextInt(5)))),
                r -> json("verkeerd type lijst", stand, GELDIG.replace("[\"burgers\"]", "\"burgers\"")),
                r -> json("enorm getal", stand, GELDIG.replace("3}", "1" + "0".repeat(20 + r.nextInt(400)) + "}")),
                r -> json("diepe nesting", stand, "{\"knelpunten\": " + "[".repeat(500 + r.nextInt(5000))
                        + "]".repeat(10)),
                r -> json("lange tekst", stand, GELDIG.replace("\"T\"", "\"" + "t".repeat(201 + r.nextInt(100_000))
                        + "\"")),
                r -> json("stuurteken", stand, GELDIG.replace("\"T\"", "\"T\\u00" + String.format("%02x",
                        r.nextInt(32)) + "x\"")),
                r -> json("onbekend veld", stand, GELDIG.replace("{\"samenvatting\"", "{\"versie\": "
                        + r.nextInt(100) + ", \"samenvatting\"")),
                r -> new Verzoek("ongeldige UTF-8", "PUT", stand, "application/json", ongeldigeUtf8(r)),
                r -> new Verzoek("verkeerd mediatype", "PUT", stand,
                        List.of("text/plain", "application/xml", "multipart/form-data; boundary=x")
                                .get(r.nextInt(3)), GELDIG.getBytes(StandardCharsets.UTF_8)),
                // Writes only: a GET of "/standen/%2e%2e" is normalised to the edition itself, which is harmless.
                r -> new Verzoek("padtraversal", List.of("PUT", "DELETE").get(r.nextInt(2)),
                        stand.replace("/uwv", "/" + List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e", "uwv%00",
                                "..%5Cuwv", "UWV", "%C0%AE%C0%AE", "..%2F..%2Fsvb").get(r.nextInt(7))),
                        "application/json", GELDIG.getBytes(StandardCharsets.UTF_8)),
                r -> json("willekeurige bytes", stand, new String(willekeurig(r), StandardCharsets.ISO_8859_1)),
                r -> json("lege knelpunten", stand, "{\"knelpunten\": []}"),
                r -> json("geen object", stand, List.of("[]", "\"tekst\"", "42", "null", "").get(r.nextInt(5))));
    }

    private static Verzoek json(String soort, String pad, String body) {
        return new Verzoek(soort, "PUT", pad, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] ongeldigeUtf8(Random random) {
        byte[] geldig = GELDIG.getBytes(StandardCharsets.UTF_8);
        byte[] body = geldig.clone();
        int plek = GELDIG.indexOf("\"T\"") + 1;
        body[plek] = (byte) (0x80 + random.nextInt(0x40));
        return body;
    }

    private static byte[] willekeurig(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(2000)];
        random.nextBytes(bytes);
        return bytes;
    }
}
