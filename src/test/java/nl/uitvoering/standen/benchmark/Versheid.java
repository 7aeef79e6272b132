package nl.uitvoering.standen.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * Freshness: how long after an agency has its 2xx the new version shows in {@code GET /themas}. A reader polls
 * the themes with If-None-Match as a dashboard would (a 304 costs little), and notes for every new picture which
 * version of each organisation it contains; a submission is fresh at the first picture that holds its version.
 */
final class Versheid {

    /** A picture as the reader saw it: when it arrived and the latest version per organisation in it. */
    private record Waarneming(long ontvangenOpNanos, Map<String, Integer> versies) {
    }

    private static final Duration MAXIMAAL_WACHTEN = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final URI themas;
    private final String leesToken;

    Versheid(URI basis, int jaar, String leesToken) {
        this.themas = basis.resolve("/api/v1/edities/" + jaar + "/themas?paginaGrootte=100");
        this.leesToken = leesToken;
    }

    /** Milliseconds from 2xx to visible, one per accepted submission; fails if one never shows. */
    List<Double> meet(Intakebelasting intake, double perSeconde, Duration duur) throws Exception {
        List<Waarneming> waarnemingen = new CopyOnWriteArrayList<>();
        Lezer lezer = new Lezer(waarnemingen);
        Thread draad = new Thread(lezer, "versheid-lezer");
        draad.start();
        List<Intakebelasting.Bevestiging> bevestigingen = intake.vasteSnelheid(perSeconde, duur).stream()
                .filter(Intakebelasting.Bevestiging::gelukt).toList();
        long grens = System.nanoTime() + MAXIMAAL_WACHTEN.toNanos();
        while (lezer.fout == null && !allesZichtbaar(bevestigingen, waarnemingen) && System.nanoTime() < grens) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        lezer.stop();
        draad.join();
        if (lezer.fout != null) {
            throw lezer.fout;
        }
        List<Double> versheid = new ArrayList<>();
        for (Intakebelasting.Bevestiging bevestiging : bevestigingen) {
            Waarneming zichtbaar = eersteMet(bevestiging, waarnemingen);
            if (zichtbaar == null) {
                throw new IllegalStateException("Version " + bevestiging.versie() + " of "
                        + bevestiging.organisatie() + " did not show in /themas within " + MAXIMAAL_WACHTEN);
            }
            versheid.add(Math.max(0, zichtbaar.ontvangenOpNanos() - bevestiging.bevestigdOpNanos()) / 1e6);
        }
        return versheid;
    }

    private static boolean allesZichtbaar(List<Intakebelasting.Bevestiging> bevestigingen,
                                          List<Waarneming> waarnemingen) {
        if (waarnemingen.isEmpty()) {
            return false;
        }
        Map<String, Integer> laatste = waarnemingen.get(waarnemingen.size() - 1).versies();
        return bevestigingen.stream().allMatch(b -> laatste.getOrDefault(b.organisatie(), 0) >= b.versie());
    }

    private static Waarneming eersteMet(Intakebelasting.Bevestiging bevestiging, List<Waarneming> waarnemingen) {
        for (Waarneming waarneming : waarnemingen) {
            if (waarneming.versies().getOrDefault(bevestiging.organisatie(), 0) >= bevestiging.versie()) {
                return waarneming;
            }
        }
        return null;
    }

    /** Polls as fast as answers come; one reader, as one dashboard. */
    private final class Lezer implements Runnable {

        private final List<Waarneming> waarnemingen;
        private volatile boolean doorgaan = true;
        private volatile Exception fout;

        Lezer(List<Waarneming> waarnemingen) {
            this.waarnemingen = waarnemingen;
        }

        void stop() {
            doorgaan = false;
        }

        @Override
        public void run() {
            String etag = null;
            try {
                while (doorgaan) {
                    HttpRequest.Builder verzoek = HttpRequest.newBuilder(themas)
                            .header("Authorization", "Bearer " + leesToken);
                    if (etag != null) {
                        verzoek.header("If-None-Match", etag);
                    }
                    HttpResponse<byte[]> antwoord = http.send(verzoek.build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    long ontvangen = System.nanoTime();
                    if (antwoord.statusCode() == 200) {
                        etag = antwoord.headers().firstValue("ETag").orElse(null);
                        waarnemingen.add(new Waarneming(ontvangen, versies(json.readTree(antwoord.body()))));
                    } else if (antwoord.statusCode() != 304) {
                        throw new IllegalStateException("GET /themas gave " + antwoord.statusCode());
                    }
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                fout = e;
            }
        }

        private Map<String, Integer> versies(JsonNode overzicht) {
            Map<String, Integer> versies = new HashMap<>();
            for (JsonNode thema : overzicht.path("themas")) {
                for (JsonNode knelpunt : thema.path("knelpunten")) {
                    versies.merge(knelpunt.path("organisatie").asText(), knelpunt.path("versie").asInt(),
                            Math::max);
                }
            }
            return versies;
        }
    }
}
