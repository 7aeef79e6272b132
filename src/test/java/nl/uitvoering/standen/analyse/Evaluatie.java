package nl.uitvoering.standen.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores the analysis core against the expert labels of the sample set: per-bottleneck precision, recall and F1
 * per known theme and macro-averaged, and whether the planted emergent themes are found. Not a test: a
 * measurement, printed as Markdown. Run: {@code ./mvnw -q test-compile exec:java@evaluatie}.
 */
public final class Evaluatie {

    private Evaluatie() {
    }

    public static void main(String[] args) throws Exception {
        Map<Integer, List<StandTekst>> standen = Voorbeeldset.standen();
        List<Voorbeeldset.Label> labels = Voorbeeldset.labels();
        Taxonomie taxonomie = TaxonomieLezer.standaard();
        if (List.of(args).contains("--raster")) {
            raster(standen, labels, taxonomie);
            return;
        }
        if (List.of(args).contains("--groepen")) {
            BeeldBouwer bouwer = Analysekern.beeldBouwer(2);
            List<OpkomendeThemaZoeker.EerderThema> eerdere = new ArrayList<>();
            for (Map.Entry<Integer, List<StandTekst>> editie : standen.entrySet()) {
                EditieBeeld beeld = bouwer.bouw(editie.getKey(), editie.getValue(), eerdere);
                eerdere.addAll(beeld.opkomendeThemas());
                beeld.themas().stream().filter(t -> !"taxonomie".equals(t.soort())).forEach(t -> System.out.println(
                        editie.getKey() + " " + t.id() + " " + t.kenmerken() + " " + t.knelpunten().stream()
                                .map(k -> k.organisatie() + "/" + k.positie() + " " + k.redenen()).toList()));
            }
            return;
        }
        if (List.of(args).contains("--gelijkenis")) {
            for (double gelijkenis = 0.04; gelijkenis <= 0.32; gelijkenis += 0.04) {
                Weging s = Weging.STANDAARD;
                Weging weging = new Weging(s.drempel(), s.relatieveDrempel(), s.opgegevenGewicht(), s.titelFactor(),
                        s.zekereScore(), gelijkenis);
                Map<String, String> soorten = new HashMap<>();
                Map<String, Set<String>> resultaat = lees(Analysekern.beeldBouwer(taxonomie, weging, 2), standen,
                        soorten);
                System.out.printf(Locale.ROOT, "gelijkenis %.2f: macro-F1 %.3f%n", gelijkenis,
                        macroF1(taxonomie, labels, resultaat));
                emergenteThemas(labels, resultaat, soorten);
            }
            return;
        }
        Map<String, String> soortVan = new HashMap<>();
        Map<String, Set<String>> gevonden = lees(Analysekern.beeldBouwer(2), standen, soortVan);
        System.out.println("| thema | precisie | recall | F1 | TP | FP | FN |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (Thema thema : taxonomie.themas()) {
            Telling telling = Telling.van(thema.id(), labels, gevonden);
            System.out.printf(Locale.ROOT, "| `%s` | %.2f | %.2f | %.2f | %d | %d | %d |%n", thema.id(),
                    telling.precisie(), telling.recall(), telling.f1(), telling.tp(), telling.fp(), telling.fn());
        }
        System.out.printf(Locale.ROOT, "| **macro-gemiddelde** | | | **%.3f** | | | |%n%n",
                macroF1(taxonomie, labels, gevonden));
        System.out.printf(Locale.ROOT, "Alleen de tekst (zonder de door organisaties opgegeven thema's): "
                + "macro-F1 %.3f%n%n", macroF1(taxonomie, labels,
                lees(Analysekern.beeldBouwer(2), zonderOpgave(standen), new HashMap<>())));
        emergenteThemas(labels, gevonden, soortVan);
        if (List.of(args).contains("--details")) {
            for (Voorbeeldset.Label label : labels) {
                Set<String> toegekend = gevonden.getOrDefault(sleutel(label), Set.of());
                Set<String> verwacht = new TreeSet<>(label.themas());
                if (label.opkomend() != null) {
                    verwacht.add("~" + label.opkomend());
                }
                if (!toegekend.equals(verwacht)) {
                    System.out.println(sleutel(label) + " verwacht " + verwacht + " kreeg " + toegekend);
                }
            }
        }
    }

    private static Map<Integer, List<StandTekst>> zonderOpgave(Map<Integer, List<StandTekst>> standen) {
        Map<Integer, List<StandTekst>> kaal = new TreeMap<>();
        standen.forEach((jaar, lijst) -> kaal.put(jaar, lijst.stream().map(stand -> new StandTekst(
                stand.organisatie(), stand.versie(), stand.knelpunten().stream().map(k -> new KnelpuntTekst(
                        k.positie(), k.titel(), k.omschrijving(), k.ernst(), List.of(), k.wetten())).toList()))
                .toList()));
        return kaal;
    }

    /** The themes each bottleneck got, by edition/organisation/position. */
    private static Map<String, Set<String>> lees(BeeldBouwer bouwer, Map<Integer, List<StandTekst>> standen,
                                                 Map<String, String> soortVan) {
        Map<String, Set<String>> gevonden = new HashMap<>();
        List<OpkomendeThemaZoeker.EerderThema> eerdere = new ArrayList<>();
        for (Map.Entry<Integer, List<StandTekst>> editie : standen.entrySet()) {
            EditieBeeld beeld = bouwer.bouw(editie.getKey(), editie.getValue(), eerdere);
            eerdere.addAll(beeld.opkomendeThemas());
            for (EditieBeeld.ThemaBeeld thema : beeld.themas()) {
                soortVan.put(thema.id(), thema.soort());
                for (EditieBeeld.KnelpuntInThema knelpunt : thema.knelpunten()) {
                    gevonden.computeIfAbsent(sleutel(editie.getKey(), knelpunt.organisatie(), knelpunt.positie()),
                            k -> new TreeSet<>()).add(thema.id());
                }
            }
        }
        return gevonden;
    }

    private static double macroF1(Taxonomie taxonomie, List<Voorbeeldset.Label> labels,
                                  Map<String, Set<String>> gevonden) {
        return taxonomie.themas().stream().mapToDouble(thema -> Telling.van(thema.id(), labels, gevonden).f1())
                .average().orElse(0);
    }

    /** True and false positives and false negatives of one theme over all labelled bottlenecks. */
    private record Telling(int tp, int fp, int fn) {

        static Telling van(String thema, List<Voorbeeldset.Label> labels, Map<String, Set<String>> gevonden) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Voorbeeldset.Label label : labels) {
                boolean verwacht = label.themas().contains(thema);
                boolean toegekend = gevonden.getOrDefault(sleutel(label), Set.of()).contains(thema);
                tp += verwacht && toegekend ? 1 : 0;
                fp += !verwacht && toegekend ? 1 : 0;
                fn += verwacht && !toegekend ? 1 : 0;
            }
            return new Telling(tp, fp, fn);
        }

        double precisie() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    /** Tries a grid of weightings and prints the best ones, to see how sensitive the result is. */
    private static void raster(Map<Integer, List<StandTekst>> standen, List<Voorbeeldset.Label> labels,
                               Taxonomie taxonomie) {
        Map<Double, List<Weging>> perScore = new TreeMap<>(Comparator.reverseOrder());
        for (double drempel : new double[] {3, 3.5, 4, 4.5, 5, 6}) {
            for (double relatief : new double[] {0.3, 0.4, 0.5, 0.6}) {
                for (double opgegeven : new double[] {0, 1, 2, 3}) {
                    for (double titel : new double[] {1, 1.5, 2}) {
                        Weging weging = new Weging(drempel, relatief, opgegeven, titel,
                                Weging.STANDAARD.zekereScore(), Weging.STANDAARD.opkomendeGelijkenis());
                        double f1 = macroF1(taxonomie, labels,
                                lees(Analysekern.beeldBouwer(taxonomie, weging, 2), standen, new HashMap<>()));
                        perScore.computeIfAbsent(Math.round(f1 * 1000) / 1000.0, k -> new ArrayList<>())
                                .add(weging);
                    }
                }
            }
        }
        List<Double> alle = perScore.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(w -> e.getKey())).sorted().toList();
        System.out.printf(Locale.ROOT, "%d wegingen: macro-F1 min %.3f, P10 %.3f, mediaan %.3f, max %.3f%n",
                alle.size(), alle.get(0), alle.get(alle.size() / 10), alle.get(alle.size() / 2),
                alle.get(alle.size() - 1));
        for (double opgegeven : new double[] {0, 1, 2, 3}) {
            System.out.println("opgegevenGewicht " + opgegeven + ":");
            perScore.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(w -> w.opgegevenGewicht() == opgegeven))
                    .limit(3)
                    .forEach(e -> System.out.println("  " + e.getKey() + " " + e.getValue().stream()
                            .filter(w -> w.opgegevenGewicht() == opgegeven).toList()));
        }
    }

    /** For each planted emergent theme: the found emergent theme that covers most of its bottlenecks. */
    private static void emergenteThemas(List<Voorbeeldset.Label> labels, Map<String, Set<String>> gevonden,
                                        Map<String, String> soortVan) {
        Map<String, Set<String>> gepland = new TreeMap<>();
        labels.stream().filter(l -> l.opkomend() != null)
                .forEach(l -> gepland.computeIfAbsent(l.opkomend(), k -> new TreeSet<>()).add(sleutel(l)));
        Map<String, Set<String>> perOpkomendThema = new TreeMap<>();
        gevonden.forEach((knelpunt, themas) -> themas.stream().filter(t -> "opkomend".equals(soortVan.get(t)))
                .forEach(t -> perOpkomendThema.computeIfAbsent(t, k -> new TreeSet<>()).add(knelpunt)));
        System.out.println("| gepland opkomend thema | gevonden als | gevonden leden | precisie | recall |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (Map.Entry<String, Set<String>> planted : gepland.entrySet()) {
            Set<String> verwacht = planted.getValue();
            Map<String, Set<String>> overlap = new TreeMap<>();
            perOpkomendThema.forEach((thema, leden) -> {
                Set<String> gedeeld = new HashSet<>(leden);
                gedeeld.retainAll(verwacht);
                if (!gedeeld.isEmpty()) {
                    overlap.put(thema, leden);
                }
            });
            Set<String> leden = new TreeSet<>();
            overlap.values().forEach(leden::addAll);
            long juist = leden.stream().filter(verwacht::contains).count();
            System.out.printf(Locale.ROOT, "| `%s` (%d) | %s | %d | %.2f | %.2f |%n", planted.getKey(),
                    verwacht.size(), overlap.isEmpty() ? "niet gevonden" : String.join(", ", overlap.keySet()),
                    leden.size(), leden.isEmpty() ? 0 : (double) juist / leden.size(),
                    (double) juist / verwacht.size());
        }
        System.out.println();
        System.out.println("Overige opkomende thema's: " + perOpkomendThema.keySet().stream()
                .filter(t -> perOpkomendThema.get(t).stream().noneMatch(k -> gepland.values().stream()
                        .anyMatch(set -> set.contains(k)))).toList());
    }

    private static String sleutel(Voorbeeldset.Label label) {
        return sleutel(label.jaar(), label.organisatie(), label.index());
    }

    private static String sleutel(int jaar, String organisatie, int positie) {
        return jaar + "/" + organisatie + "/" + positie;
    }
}
