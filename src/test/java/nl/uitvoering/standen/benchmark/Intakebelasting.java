package nl.uitvoering.standen.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Submits Standen to a running service as agencies would, over HTTP: either as fast as a fixed number of clients
 * can (saturation), or at a fixed rate whatever the service does (open loop, so that a slow answer delays no
 * later request and latency counts from the planned moment of sending).
 */
final class Intakebelasting {

    /** One answered submission: which version it made, when the client had the answer, and how long it took. */
    record Bevestiging(String organisatie, int versie, long bevestigdOpNanos, double latentieMs, int status) {

        boolean gelukt() {
            return status / 100 == 2;
        }
    }

    /** Saturation: accepted Standen per second, how many were accepted and how many requests failed. */
    record Verzadiging(double standenPerSeconde, int aantal, int mislukt) {
    }

    private final HttpClient http;
    private final ExecutorService draden = Executors.newCachedThreadPool();
    private final URI basis;
    private final int jaar;
    private final int organisaties;
    private final IntFunction<String> tokenVoor;
    private final BenchStanden standen;
    private final AtomicInteger volgende = new AtomicInteger();
    private final AtomicLong revisie = new AtomicLong();

    Intakebelasting(URI basis, int jaar, int organisaties, IntFunction<String> tokenVoor, BenchStanden standen) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(draden)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.basis = basis;
        this.jaar = jaar;
        this.organisaties = organisaties;
        this.tokenVoor = tokenVoor;
        this.standen = standen;
    }

    Verzadiging verzadiging(int gelijktijdig, Duration duur) throws InterruptedException {
        long einde = System.nanoTime() + duur.toNanos();
        AtomicInteger gelukt = new AtomicInteger();
        AtomicInteger mislukt = new AtomicInteger();
        long start = System.nanoTime();
        List<Thread> klanten = new ArrayList<>();
        for (int k = 0; k < gelijktijdig; k++) {
            Thread klant = new Thread(() -> {
                while (System.nanoTime() < einde) {
                    int status = verstuur().join().status();
                    (status / 100 == 2 ? gelukt : mislukt).incrementAndGet();
                }
            }, "indiener-" + k);
            klant.start();
            klanten.add(klant);
        }
        for (Thread klant : klanten) {
            klant.join();
        }
        double seconden = (System.nanoTime() - start) / 1e9;
        return new Verzadiging(gelukt.get() / seconden, gelukt.get(), mislukt.get());
    }

    List<Bevestiging> vasteSnelheid(double perSeconde, Duration duur) {
        long interval = (long) (1e9 / perSeconde);
        long aantal = duur.toNanos() / interval;
        long start = System.nanoTime();
        List<CompletableFuture<Bevestiging>> lopend = new ArrayList<>();
        for (long k = 0; k < aantal; k++) {
            long gepland = start + k * interval;
            LockSupport.parkNanos(gepland - System.nanoTime());
            lopend.add(verstuur(gepland));
        }
        List<Bevestiging> bevestigingen = new ArrayList<>();
        lopend.forEach(antwoord -> bevestigingen.add(antwoord.join()));
        return Collections.unmodifiableList(bevestigingen);
    }

    void sluit() throws InterruptedException {
        draden.shutdownNow();
        draden.awaitTermination(5, TimeUnit.SECONDS);
    }

    private CompletableFuture<Bevestiging> verstuur() {
        return verstuur(System.nanoTime());
    }

    private CompletableFuture<Bevestiging> verstuur(long gepland) {
        int nummer = 1 + Math.floorMod(volgende.getAndIncrement(), organisaties);
        String organisatie = BenchStanden.organisatie(nummer);
        HttpRequest verzoek = HttpRequest.newBuilder(basis.resolve("/api/v1/edities/" + jaar + "/standen/"
                        + organisatie))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokenVoor.apply(nummer))
                .timeout(Duration.ofSeconds(30))
                .PUT(HttpRequest.BodyPublishers.ofString(standen.body(nummer, revisie.incrementAndGet()),
                        StandardCharsets.UTF_8))
                .build();
        return http.sendAsync(verzoek, HttpResponse.BodyHandlers.discarding())
                .handle((antwoord, fout) -> {
                    long nu = System.nanoTime();
                    int status = fout == null ? antwoord.statusCode() : 0;
                    int versie = fout == null ? antwoord.headers().firstValue("ETag")
                            .map(tag -> Integer.parseInt(tag.replace("\"", ""))).orElse(0) : 0;
                    return new Bevestiging(organisatie, versie, nu, (nu - gepland) / 1e6, status);
                });
    }
}
