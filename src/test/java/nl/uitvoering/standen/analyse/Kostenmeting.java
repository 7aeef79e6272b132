package nl.uitvoering.standen.analyse;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Measures what it costs to build the picture of one large edition: by default 1,000 organisations with 20
 * bottlenecks each, made by recombining the sentences of the sample set. Not a test: a benchmark, printed as
 * Markdown. Run: {@code ./mvnw -q test-compile exec:java@kosten [-Dexec.args="organisaties knelpunten"]}.
 */
public final class Kostenmeting {

    private static final int HERHALINGEN = 5;

    private Kostenmeting() {
    }

    public static void main(String[] args) throws Exception {
        int organisaties = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int knelpuntenPerStand = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<StandTekst> editie = maakEditie(organisaties, knelpuntenPerStand, new Random(7));
        BeeldBouwer bouwer = Analysekern.beeldBouwer(2);

        List<Double> koud = new ArrayList<>();
        List<Double> bijwerken = new ArrayList<>();
        for (int ronde = 0; ronde < HERHALINGEN; ronde++) {
            BeeldBouwer vers = Analysekern.beeldBouwer(2);
            long start = System.nanoTime();
            vers.bouw(2030, editie);
            koud.add((System.nanoTime() - start) / 1e9);

            List<StandTekst> gewijzigd = new ArrayList<>(editie);
            gewijzigd.set(ronde, maakEditie(1, knelpuntenPerStand, new Random(100 + ronde)).get(0));
            bouwer.bouw(2030, editie);
            start = System.nanoTime();
            bouwer.bouw(2030, gewijzigd);
            bijwerken.add((System.nanoTime() - start) / 1e9);
        }
        long piek = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(gebruik -> gebruik.getUsed()).sum();

        System.out.printf(Locale.ROOT, "| meting | mediaan | min | max |%n| --- | --- | --- | --- |%n");
        regel("hele beeld, koud (" + organisaties + " organisaties x " + knelpuntenPerStand + " knelpunten)", koud);
        regel("beeld na één gewijzigde Stand", bijwerken);
        System.out.printf(Locale.ROOT, "%nPiek heap (som van de pools): %d MB; processors: %d; max heap: %d MB%n",
                piek / (1024 * 1024), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static void regel(String naam, List<Double> seconden) {
        List<Double> gesorteerd = seconden.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "| %s | %.2f s | %.2f s | %.2f s |%n", naam,
                gesorteerd.get(gesorteerd.size() / 2), gesorteerd.get(0), gesorteerd.get(gesorteerd.size() - 1));
    }

    /** Standen whose bottlenecks are sample bottlenecks with sentences shuffled across them. */
    public static List<StandTekst> maakEditie(int organisaties, int knelpuntenPerStand, Random random)
            throws Exception {
        List<KnelpuntTekst> bron = new ArrayList<>();
        for (Map.Entry<Integer, List<StandTekst>> editie : Voorbeeldset.standen().entrySet()) {
            editie.getValue().forEach(stand -> bron.addAll(stand.knelpunten()));
        }
        List<String> zinnen = new ArrayList<>();
        bron.forEach(k -> zinnen.addAll(List.of(k.omschrijving().split("(?<=\\.) "))));
        List<StandTekst> standen = new ArrayList<>();
        for (int o = 0; o < organisaties; o++) {
            List<KnelpuntTekst> knelpunten = new ArrayList<>();
            for (int p = 0; p < knelpuntenPerStand; p++) {
                KnelpuntTekst voorbeeld = bron.get(random.nextInt(bron.size()));
                String omschrijving = voorbeeld.omschrijving() + " " + zinnen.get(random.nextInt(zinnen.size()));
                knelpunten.add(new KnelpuntTekst(p, voorbeeld.titel(), omschrijving, voorbeeld.ernst(),
                        voorbeeld.opgegevenThemas(), voorbeeld.wetten()));
            }
            standen.add(new StandTekst("organisatie-" + o, 1, knelpunten));
        }
        return standen;
    }
}
