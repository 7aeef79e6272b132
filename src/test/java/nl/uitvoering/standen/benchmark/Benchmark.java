package nl.uitvoering.standen.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.uitvoering.standen.infrastructuur.DienstProces;
import nl.uitvoering.standen.infrastructuur.EchteKafka;
import nl.uitvoering.standen.infrastructuur.EchtePostgres;
import nl.uitvoering.standen.infrastructuur.Mappen;
import nl.uitvoering.standen.infrastructuur.Tokenuitgever;
import nl.uitvoering.standen.infrastructuur.VrijePoort;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The benchmark command ({@code deploy/benchmark/run.sh}): starts the real stack (PostgreSQL with durable commits,
 * a Kafka broker, the packaged service as a process of its own), measures the machine's ceilings and the service
 * against them, and writes BENCHMARKS.md. Not a test: nothing here asserts a time.
 */
public final class Benchmark {

    private static final int JAAR = 2025;
    private static final int ORGANISATIES = 200;
    private static final int GELIJKTIJDIG = 16;
    private static final double MATIGE_SNELHEID = 50;
    private static final double VERSHEID_SNELHEID = 20;
    private static final String CONSUMENTENGROEP = "standen-consolidatie";
    private static final String TOPIC = "standen.stand-gebeurtenissen";

    private final int rondes;
    private final Duration meting;
    private final Path map;
    private final Verslag verslag;
    private final BenchStanden standen = new BenchStanden();
    private final HttpClient http = HttpClient.newHttpClient();
    private EchtePostgres postgres;
    private EchteKafka kafka;
    private Tokenuitgever tokens;
    private String[] indienerTokens;
    private final List<DienstProces> diensten = new ArrayList<>();
    private double intakeRssMb;
    private int eventGrootte;
    private Reeks intakeVerzadiging;
    private Reeks intakeP50;
    private Reeks intakeP99;
    private int intakeMislukt;
    private Map<String, Double> intakeProcessortijd;

    private Benchmark(int rondes, Duration meting, Path map) {
        this.rondes = rondes;
        this.meting = meting;
        this.map = map;
        this.verslag = new Verslag(rondes);
    }

    public static void main(String[] args) throws Exception {
        int rondes = Integer.parseInt(System.getenv().getOrDefault("BENCHMARK_RONDES", "3"));
        Duration meting = Duration.ofSeconds(
                Long.parseLong(System.getenv().getOrDefault("BENCHMARK_SECONDEN", "20")));
        Path uitvoer = Path.of(args.length > 0 ? args[0] : "deploy/benchmark/BENCHMARKS.md");
        Path map = Path.of("target", "benchmark");
        Mappen.verwijder(map);
        Files.createDirectories(map);
        Benchmark benchmark = new Benchmark(rondes, meting, map);
        try {
            benchmark.draai();
        } finally {
            benchmark.stopServers();
        }
        benchmark.verslag.schrijf(uitvoer);
        System.out.println("\nGeschreven: " + uitvoer.toAbsolutePath());
        System.exit(0);
    }

    private void draai() throws Exception {
        System.out.println("Benchmark: PostgreSQL (synchronous_commit=on) en Kafka starten ...");
        postgres = EchtePostgres.start(Files.createDirectories(map.resolve("postgres")),
                Map.of("synchronous_commit", "on"));
        kafka = EchteKafka.start(Files.createDirectories(map.resolve("kafka")));
        tokens = Tokenuitgever.start(map);
        indienerTokens = new String[ORGANISATIES + 1];
        for (int nummer = 1; nummer <= ORGANISATIES; nummer++) {
            indienerTokens[nummer] = tokens.indiener(BenchStanden.organisatie(nummer));
        }
        opstart();
        intake();
        plafonds();
        versheidEnLezen();
        consolidatie();
    }

    /** 6. Time from process start to ready, and resident memory once ready. */
    private void opstart() throws Exception {
        System.out.println("Opstarten ...");
        List<Double> klaar = new ArrayList<>();
        List<Double> quarkus = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        for (int ronde = 0; ronde < rondes; ronde++) {
            Path log = map.resolve("opstart-" + ronde + ".log");
            DienstProces dienst = dienst(log, Map.of());
            long start = System.nanoTime();
            dienst.start(Duration.ofSeconds(120));
            klaar.add((System.nanoTime() - start) / 1e9);
            rss.add(rssMb(dienst.pid()));
            dienst.stop();
            Matcher gestart = Pattern.compile("started in ([0-9.]+)s").matcher(Files.readString(log));
            if (gestart.find()) {
                quarkus.add(Double.parseDouble(gestart.group(1)));
            }
        }
        verslag.kop("6. Opstarten en geheugen");
        verslag.figuur("tijd tot gereed (proces start tot /q/health/ready 200)", Reeks.van(klaar).tekst("%.2f s"),
                "");
        if (!quarkus.isEmpty()) {
            verslag.figuur("waarvan Quarkus zelf ('started in')", Reeks.van(quarkus).tekst("%.2f s"), "");
        }
        verslag.figuur("resident geheugen (RSS) na opstarten", Reeks.van(rss).tekst("%.0f MB"), "");
    }

    /** 2. Intake alone (as the intake Deployment runs): latency at a moderate rate, then saturation. */
    private void intake() throws Exception {
        System.out.println("Intake ...");
        Map<String, String> alleenIntake = Map.of("STANDEN_CONSOLIDATION_ENABLED", "false",
                "JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=filename=" + map.resolve("intake.jfr").toAbsolutePath()
                        + ",settings=profile");
        DienstProces dienst = dienst(map.resolve("intake.log"), alleenIntake);
        dienst.start(Duration.ofSeconds(120));
        maakOrganisaties(dienst.basis());
        Intakebelasting belasting = belasting(dienst.basis());
        belasting.vasteSnelheid(100, Duration.ofSeconds(ORGANISATIES / 100));
        belasting.verzadiging(GELIJKTIJDIG, Duration.ofSeconds(10));
        eventGrootte = leesStand(dienst.basis(), 1).length;

        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> verzadiging = new ArrayList<>();
        int mislukt = 0;
        for (int ronde = 0; ronde < rondes; ronde++) {
            List<Intakebelasting.Bevestiging> bevestigingen = belasting.vasteSnelheid(MATIGE_SNELHEID, meting);
            mislukt += (int) bevestigingen.stream().filter(b -> !b.gelukt()).count();
            List<Double> latenties = bevestigingen.stream().map(Intakebelasting.Bevestiging::latentieMs)
                    .sorted().toList();
            p50.add(Reeks.percentiel(latenties, 50));
            p99.add(Reeks.percentiel(latenties, 99));
        }
        Processortijd processor = new Processortijd()
                .deel("dienst", () -> List.of(dienst.pid()))
                .deel("PostgreSQL", Processortijd::postgres)
                .deel("Kafka-broker en belasting (meet-JVM)", () -> List.of(ProcessHandle.current().pid()));
        Map<String, Double> voor = processor.stand();
        int aantal = 0;
        for (int ronde = 0; ronde < rondes; ronde++) {
            Intakebelasting.Verzadiging uitkomst = belasting.verzadiging(GELIJKTIJDIG, meting);
            verzadiging.add(uitkomst.standenPerSeconde());
            aantal += uitkomst.aantal();
            mislukt += uitkomst.mislukt();
        }
        intakeProcessortijd = perEenheid(Processortijd.verschil(voor, processor.stand()), aantal);
        intakeRssMb = rssMb(dienst.pid());
        belasting.sluit();
        dienst.stop();
        intakeVerzadiging = Reeks.van(verzadiging);
        intakeMislukt = mislukt;
        intakeP50 = Reeks.van(p50);
        intakeP99 = Reeks.van(p99);
    }

    /** 1. The ceilings, on the same servers, while the service is stopped; then intake as a share of them. */
    private void plafonds() throws Exception {
        System.out.println("Plafonds: pgbench en Kafka ProducerPerformance ...");
        Plafonds plafonds = new Plafonds(postgres, map);
        plafonds.maakKopie();
        String body = standen.body(1, 0);
        String script = Plafonds.indieningsScript(body, standen.knelpuntenVan(body), ORGANISATIES, JAAR);
        List<Double> pgbench = new ArrayList<>();
        List<Double> producent = new ArrayList<>();
        Processortijd processor = new Processortijd()
                .deel("PostgreSQL", Processortijd::postgres)
                .deel("pgbench en de meet-JVM", () -> List.of(ProcessHandle.current().pid()));
        double transacties = 0;
        Map<String, Double> pgbenchTijd = new HashMap<>();
        for (int ronde = 0; ronde < rondes; ronde++) {
            Map<String, Double> voor = processor.stand();
            double tps = plafonds.pgbench(script, GELIJKTIJDIG, (int) meting.toSeconds());
            Processortijd.verschil(voor, processor.stand())
                    .forEach((deel, seconden) -> pgbenchTijd.merge(deel, seconden, Double::sum));
            transacties += tps * meting.toSeconds();
            pgbench.add(tps);
            producent.add(Plafonds.kafka(kafka.bootstrapServers(), eventGrootte, 20_000));
        }
        Reeks pg = Reeks.van(pgbench);
        Reeks kafkaPlafond = Reeks.van(producent);

        verslag.kop("1. Plafonds van deze machine (zelfde servers)");
        verslag.figuur("PostgreSQL: de schrijfacties van één indiening (pgbench, " + GELIJKTIJDIG
                + " clients, transacties/s)", pg.tekst("%.0f"), "");
        verslag.figuur("processortijd per pgbench-transactie", tekst(perEenheid(pgbenchTijd, transacties)), "");
        verslag.figuur("Kafka: ProducerPerformance, records van " + eventGrootte
                + " bytes, acks=all, idempotent (records/s)", kafkaPlafond.tekst("%.0f"), "");
        verslag.kop("2. Intake (alleen de intake-rol, zoals de intake-Deployment)");
        double aandeel = intakeVerzadiging.mediaan() / pg.mediaan();
        verslag.figuur("verzadiging, " + GELIJKTIJDIG + " gelijktijdige indieners (Standen van "
                + BenchStanden.KNELPUNTEN_PER_STAND + " knelpunten per s)", intakeVerzadiging.tekst("%.0f"), "");
        verslag.figuur("verzadiging als deel van het pgbench-plafond",
                String.format(Locale.ROOT, "%.0f%% (Kafka-plafond: %.0f%%)", 100 * aandeel,
                        100 * intakeVerzadiging.mediaan() / kafkaPlafond.mediaan()),
                oordeel(aandeel >= 0.5, String.format(Locale.ROOT, "≥ 50%%: %s", aandeel >= 0.5 ? "gehaald"
                        : String.format(Locale.ROOT, "gemist, %.0f procentpunt te laag", 100 * (0.5 - aandeel)))));
        verslag.figuur("processortijd per indiening bij verzadiging", tekst(intakeProcessortijd), "");
        verslag.figuur("latentie p50 bij " + (int) MATIGE_SNELHEID + " Standen/s", intakeP50.tekst("%.1f ms"), "");
        verslag.figuur("latentie p99 bij " + (int) MATIGE_SNELHEID + " Standen/s", intakeP99.tekst("%.1f ms"), "");
        verslag.figuur("mislukte indieningen tijdens alle intake-metingen", String.valueOf(intakeMislukt), "0");
        verslag.figuur("resident geheugen (RSS) na de intake-metingen", String.format(Locale.ROOT, "%.0f MB",
                intakeRssMb), "");
        verslag.profiel("de dienst tijdens de intake-metingen", Profiel.lees(map.resolve("intake.jfr")));
    }

    /** 3 and 5. Both roles in one process: catch up, then freshness at 20 Standen/s, then reads. */
    private void versheidEnLezen() throws Exception {
        System.out.println("Versheid en lezen ...");
        DienstProces dienst = dienst(map.resolve("volledig.log"), Map.of());
        dienst.start(Duration.ofSeconds(120));
        wachtTotIngehaald(Duration.ofMinutes(10));
        URI basis = dienst.basis();
        String lezer = tokens.met("benchmark-lezer", "lezer");
        Intakebelasting belasting = belasting(basis);
        Versheid versheid = new Versheid(basis, JAAR, lezer);
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (int ronde = 0; ronde < rondes; ronde++) {
            List<Double> ms = versheid.meet(belasting, VERSHEID_SNELHEID, meting).stream().sorted().toList();
            p50.add(Reeks.percentiel(ms, 50));
            p99.add(Reeks.percentiel(ms, 99));
        }
        belasting.sluit();
        Reeks versP99 = Reeks.van(p99);
        verslag.kop("3. Versheid: van 2xx op PUT tot zichtbaar in /themas (" + (int) VERSHEID_SNELHEID
                + " Standen/s, editie van " + ORGANISATIES + " organisaties)");
        verslag.figuur("p50", Reeks.van(p50).tekst("%.0f ms"), "");
        verslag.figuur("p99", versP99.tekst("%.0f ms"), oordeel(versP99.mediaan() < 1000, "p99 < 1 s: "
                + (versP99.mediaan() < 1000 ? "gehaald" : String.format(Locale.ROOT, "gemist, %.0f ms te hoog",
                versP99.mediaan() - 1000))));

        URI themas = basis.resolve("/api/v1/edities/" + JAAR + "/themas");
        String etag = http.send(HttpRequest.newBuilder(themas).header("Authorization", "Bearer " + lezer).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
        Leesmeting wrk = new Leesmeting(32, 10);
        List<Double> vol = new ArrayList<>();
        List<Double> nietGewijzigd = new ArrayList<>();
        List<Double> triviaal = new ArrayList<>();
        for (int ronde = 0; ronde < rondes; ronde++) {
            vol.add(wrk.verzoekenPerSeconde(themas, 200, "Authorization", "Bearer " + lezer));
            nietGewijzigd.add(wrk.verzoekenPerSeconde(themas, 304, "Authorization", "Bearer " + lezer,
                    "If-None-Match", etag));
            triviaal.add(wrk.verzoekenPerSeconde(basis.resolve("/q/health/live"), 200));
        }
        dienst.stop();
        Reeks driehonderdvier = Reeks.van(nietGewijzigd);
        verslag.kop("5. Lezen (wrk, 2 threads, 32 verbindingen, 10 s per ronde; token van een lezer)");
        verslag.figuur("GET /themas, editie van " + ORGANISATIES + " organisaties, 200 (verzoeken/s)",
                Reeks.van(vol).tekst("%.0f"), "");
        verslag.figuur("GET /themas met If-None-Match, 304 (verzoeken/s)", driehonderdvier.tekst("%.0f"),
                oordeel(driehonderdvier.mediaan() >= 5000, "≥ 5000/s: " + (driehonderdvier.mediaan() >= 5000
                        ? "gehaald" : String.format(Locale.ROOT, "gemist, %.0f%% van het doel",
                        driehonderdvier.mediaan() / 50))));
        verslag.figuur("GET /q/health/live, het plafond van het framework (verzoeken/s)",
                Reeks.van(triviaal).tekst("%.0f"), "");
    }

    /** 4. Rebuild of one edition from scratch, each size in a JVM of its own. */
    private void consolidatie() throws Exception {
        System.out.println("Consolidatiekosten ...");
        verslag.kop("4. Consolidatie: het beeld van één editie opnieuw opbouwen (analysekern; warme JVM zoals een "
                + "draaiende consolidator, zonder onthouden lezingen)");
        Map<Integer, Double> mediaan = new HashMap<>();
        for (int knelpunten : List.of(1_000, 10_000, 100_000)) {
            Path jfr = map.resolve("consolidatie-" + knelpunten + ".jfr");
            String uitvoer = Opdracht.voerUit(Opdracht.java("-XX:StartFlightRecording=filename=" + jfr
                    + ",settings=profile", Consolidatiekosten.class.getName(), String.valueOf(knelpunten),
                    String.valueOf(rondes)));
            Consolidatiekosten.Uitkomst uitkomst = Consolidatiekosten.Uitkomst.uit(uitvoer);
            Reeks seconden = Reeks.van(uitkomst.warm());
            mediaan.put(knelpunten, seconden.mediaan());
            String doel = knelpunten == 100_000 ? oordeel(seconden.mediaan() < 10, "< 10 s: "
                    + (seconden.mediaan() < 10 ? "gehaald" : String.format(Locale.ROOT, "gemist, %.1f s te lang",
                    seconden.mediaan() - 10))) : "";
            verslag.figuur(String.format(Locale.ROOT, "%,d knelpunten (%,d Standen): warme JVM; eerste opbouw in een "
                    + "koude JVM; piek heap; piek RSS", knelpunten, knelpunten / BenchStanden.KNELPUNTEN_PER_STAND),
                    seconden.tekst("%.2f s") + String.format(Locale.ROOT, "; %.2f s; %.0f MB; %.0f MB",
                            uitkomst.koud(), uitkomst.piekHeapMb(), uitkomst.piekRssMb()), doel);
            if (knelpunten == 100_000) {
                verslag.profiel("opbouw van 100.000 knelpunten", Profiel.lees(jfr));
            }
        }
        verslag.figuur("groei: tijd 10k / 1k en 100k / 10k (10 = lineair)", String.format(Locale.ROOT,
                "%.1f× en %.1f×", mediaan.get(10_000) / mediaan.get(1_000), mediaan.get(100_000)
                        / mediaan.get(10_000)), "");
    }

    /** CPU milliseconds per unit of work, per part. */
    private static Map<String, Double> perEenheid(Map<String, Double> seconden, double eenheden) {
        Map<String, Double> ms = new LinkedHashMap<>();
        seconden.forEach((deel, waarde) -> ms.put(deel, 1000 * waarde / eenheden));
        return ms;
    }

    private static String tekst(Map<String, Double> ms) {
        StringBuilder tekst = new StringBuilder();
        ms.forEach((deel, waarde) -> tekst.append(tekst.isEmpty() ? "" : "; ")
                .append(String.format(Locale.ROOT, "%s %.2f ms", deel, waarde)));
        return tekst.append(String.format(Locale.ROOT, " (samen %.2f ms)", ms.values().stream()
                .mapToDouble(Double::doubleValue).sum())).toString();
    }

    private static String oordeel(boolean gehaald, String tekst) {
        return (gehaald ? "✅ " : "❌ ") + tekst;
    }

    private DienstProces dienst(Path log, Map<String, String> extra) {
        Map<String, String> omgeving = new HashMap<>(DienstProces.omgeving(postgres, kafka, tokens));
        omgeving.put("STANDEN_WRITES_PER_MINUTE", "100000000");
        omgeving.putAll(extra);
        DienstProces dienst = new DienstProces(Path.of("target", "quarkus-app", "quarkus-run.jar"), log, omgeving,
                VrijePoort.zoek());
        diensten.add(dienst);
        return dienst;
    }

    private Intakebelasting belasting(URI basis) {
        return new Intakebelasting(basis, JAAR, ORGANISATIES, nummer -> indienerTokens[nummer], standen);
    }

    private void maakOrganisaties(URI basis) throws IOException, InterruptedException {
        String beheer = tokens.met("benchmark-beheer", "beheer");
        for (int nummer = 1; nummer <= ORGANISATIES; nummer++) {
            String body = "{\"code\": \"%s\", \"naam\": \"Gemeente Benchmark %d\", \"soort\": \"gemeente\"}"
                    .formatted(BenchStanden.organisatie(nummer), nummer);
            int status = http.send(HttpRequest.newBuilder(basis.resolve("/api/v1/organisaties"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + beheer)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("POST /organisaties gave " + status);
            }
        }
    }

    /** The latest version of a Stand as JSON: the same bytes as the data of its event on Kafka. */
    private byte[] leesStand(URI basis, int nummer) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(basis.resolve("/api/v1/edities/" + JAAR + "/standen/"
                        + BenchStanden.organisatie(nummer)))
                .header("Authorization", "Bearer " + indienerTokens[nummer]).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    /** Waits until the consolidator has committed every event on the topic. */
    private void wachtTotIngehaald(Duration maximaal) throws Exception {
        long grens = System.nanoTime() + maximaal.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers()))) {
            while (!ingehaald(admin)) {
                if (System.nanoTime() > grens) {
                    throw new IllegalStateException("The consolidator did not catch up within " + maximaal);
                }
                LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            }
        }
    }

    private static boolean ingehaald(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> vastgelegd = admin.listConsumerGroupOffsets(CONSUMENTENGROEP)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> vraag = new HashMap<>();
        admin.describeTopics(List.of(TOPIC)).allTopicNames().get(30, TimeUnit.SECONDS).get(TOPIC).partitions()
                .forEach(p -> vraag.put(new TopicPartition(TOPIC, p.partition()), OffsetSpec.latest()));
        var einde = admin.listOffsets(vraag).all().get(30, TimeUnit.SECONDS);
        return einde.entrySet().stream().allMatch(e -> e.getValue().offset() == 0
                || (vastgelegd.get(e.getKey()) != null
                && vastgelegd.get(e.getKey()).offset() >= e.getValue().offset()));
    }

    private static double rssMb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                .filter(regel -> regel.startsWith("VmRSS:"))
                .mapToLong(regel -> Long.parseLong(regel.replaceAll("[^0-9]", "")))
                .findFirst().orElse(0) / 1024.0;
    }

    private void stopServers() {
        for (DienstProces dienst : diensten) {
            try {
                dienst.dood();
            } catch (InterruptedException | RuntimeException e) {
                // never started, or already gone
            }
        }
        if (kafka != null) {
            kafka.close();
        }
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
