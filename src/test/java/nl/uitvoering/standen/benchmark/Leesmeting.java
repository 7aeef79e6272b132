package nl.uitvoering.standen.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads under load with wrk (from Debian's packages): requests per second of one URL, every answer checked to be
 * the expected one before the run, and none failing during it.
 */
final class Leesmeting {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int verbindingen;
    private final int seconden;

    Leesmeting(int verbindingen, int seconden) {
        this.verbindingen = verbindingen;
        this.seconden = seconden;
    }

    double verzoekenPerSeconde(URI adres, int verwachteStatus, String... kopregels) throws Exception {
        HttpRequest.Builder proef = HttpRequest.newBuilder(adres);
        List<String> opdracht = new ArrayList<>(List.of("wrk", "-t", "2", "-c", String.valueOf(verbindingen), "--timeout", "10s",
                "-d", seconden + "s"));
        for (int i = 0; i < kopregels.length; i += 2) {
            proef.header(kopregels[i], kopregels[i + 1]);
            opdracht.add("-H");
            opdracht.add(kopregels[i] + ": " + kopregels[i + 1]);
        }
        int status = http.send(proef.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != verwachteStatus) {
            throw new IllegalStateException(adres + " gave " + status + " instead of " + verwachteStatus);
        }
        opdracht.add(adres.toString());
        String uitvoer = Opdracht.voerUit(opdracht);
        if (uitvoer.contains("Non-2xx or 3xx responses") || uitvoer.contains("Socket errors")) {
            throw new IllegalStateException("wrk saw failed requests:\n" + uitvoer);
        }
        return Opdracht.getal(uitvoer, "Requests/sec:\\s+([0-9.]+)");
    }
}
