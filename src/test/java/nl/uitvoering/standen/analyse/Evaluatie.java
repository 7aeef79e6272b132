package nl.uitvoering.standen.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Measures the reader against careful human readings, printed as Markdown for the README: agreement between the
 * two independent labelling passes (Cohen's kappa), the shipped reader on the real test split (per theme and
 * macro-F1, and per edition the recurring themes), the synthetic sample set, what the Stuurgroep's decisions add
 * after a retrain, and the emergent themes found in the real corpus. Not a test: a measurement.
 * Run: {@code ./mvnw -q test-compile exec:java@evaluatie}.
 */
public final class Evaluatie {

    private Evaluatie() {
    }

    public static void main(String[] args) {
        Taxonomie taxonomie = TaxonomieLezer.standaard();
        if (List.of(args).contains("--ontwikkeling")) {
            // Only the figure design choices are made on, without reading the test split.
            Meting ontwikkeling = GenesteKruisvalidatie.meet(taxonomie);
            ontwikkeling.perThema().forEach((thema, t) -> System.out.printf(Locale.ROOT,
                    "%-28s P %.2f R %.2f F1 %.2f%n", thema, t.precisie(), t.recall(), t.f1()));
            System.out.printf(Locale.ROOT, "geneste kruisvalidatie, macro-F1 %.3f%n", ontwikkeling.macroF1());
            return;
        }
        List<EchtCorpus.Uitspraak> corpus = EchtCorpus.lees();
        System.out.println("## Overeenstemming tussen de twee lezingen\n");
        Lezingen.kappaTabel(taxonomie).forEach(System.out::println);

        Leesmodel model = Leesmodel.standaard();
        List<Gelabeld> test = Gelabeld.uit(EchtCorpus.uit(EchtCorpus.TEST));
        System.out.printf(Locale.ROOT, "%n## Echte test-split (%d uitspraken, %d organisaties), leesmodel %s%n%n",
                test.size(), test.stream().map(Gelabeld::organisatie).distinct().count(),
                model.kenmerk());
        Meting geleerd = Meting.meet(taxonomie, Analysekern.beeldBouwer(taxonomie, model, 2), test);
        Meting sleutelwoorden = Meting.meet(taxonomie, Analysekern.beeldBouwer(taxonomie, Weging.STANDAARD, 2), test);
        System.out.println("| thema | precisie | recall | F1 | kappa lezers | F1 alleen sleutelwoorden |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        Map<String, Double> kappa = Lezingen.kappa(taxonomie);
        for (Thema thema : taxonomie.themas()) {
            Meting.Telling t = geleerd.perThema().get(thema.id());
            System.out.printf(Locale.ROOT, "| `%s` | %.2f | %.2f | %.2f | %.2f | %.2f |%n", thema.id(), t.precisie(),
                    t.recall(), t.f1(), kappa.get(thema.id()), sleutelwoorden.perThema().get(thema.id()).f1());
        }
        System.out.printf(Locale.ROOT, "| **macro-F1** | | | **%.3f** | | %.3f |%n%n", geleerd.macroF1(),
                sleutelwoorden.macroF1());
        System.out.printf(Locale.ROOT, "Onzeker (ter beoordeling voorgelegd): %d van %d; zonder bekend thema: %d.%n%n",
                geleerd.onzeker(), test.size(), geleerd.zonderThema());
        System.out.println("Terugkerende thema's per editie (twee of meer organisaties), test-split:\n");
        System.out.println("| editie | volgens de lezers | volgens de lezer | Jaccard |");
        System.out.println("| --- | --- | --- | --- |");
        geleerd.terugkerend().forEach((jaar, paar) -> System.out.printf(Locale.ROOT, "| %d | %s | %s | %.2f |%n",
                jaar, paar.verwacht(), paar.gevonden(), paar.jaccard()));

        Meting ontwikkeling = GenesteKruisvalidatie.meet(taxonomie);
        System.out.printf(Locale.ROOT, "%nTrain en dev, geneste kruisvalidatie per organisatie (het cijfer waarop "
                + "ontwerpkeuzes zijn gemaakt): macro-F1 %.3f (%s)%n", ontwikkeling.macroF1(),
                String.join(", ", ontwikkeling.perThema().entrySet().stream().map(e -> String.format(Locale.ROOT,
                        "%s %.2f", e.getKey(), e.getValue().f1())).toList()));

        List<Gelabeld> voorbeelden = Gelabeld.voorbeelden();
        System.out.printf(Locale.ROOT, "Synthetische voorbeeldset (zat in de training, dus geen toets): macro-F1 %.3f; "
                + "sleutelwoorden alleen: %.3f%n",
                Meting.meet(taxonomie, Analysekern.beeldBouwer(taxonomie, model, 2), voorbeelden).macroF1(),
                Meting.meet(taxonomie, Analysekern.beeldBouwer(taxonomie, Weging.STANDAARD, 2), voorbeelden)
                        .macroF1());

        System.out.println("\n## Leren van de Stuurgroep\n");
        LerenVanBesluiten.verslag(taxonomie, model).forEach(System.out::println);

        System.out.println("\n## Opkomende thema's in het hele echte corpus\n");
        opkomend(taxonomie, model, corpus);
    }

    private static void opkomend(Taxonomie taxonomie, Leesmodel model, List<EchtCorpus.Uitspraak> corpus) {
        Map<String, EchtCorpus.Uitspraak> perId = new HashMap<>();
        corpus.forEach(u -> perId.put(u.id(), u));
        Lezing lezing = Lezing.van(Analysekern.beeldBouwer(taxonomie, model, 2), Gelabeld.uit(corpus));
        lezing.opkomend().forEach((id, thema) -> {
            System.out.printf("- %d `%s` **%s** (%d organisaties):%n", thema.jaar(), id, thema.naam(),
                    thema.organisaties());
            thema.leden().forEach(lid -> {
                String tekst = perId.get(lid).tekst();
                System.out.println("  - " + perId.get(lid).organisatie() + ": " + tekst.substring(0,
                        Math.min(110, tekst.length())) + "...");
            });
        });
    }

    /** What the reader assigned to each statement, by statement id. */
    record Lezing(Map<String, Set<String>> themas, Map<String, OpkomendThema> opkomend) {

        record OpkomendThema(int jaar, String naam, int organisaties, List<String> leden) {
        }

        /** Posts the statements as Standen (one per organisation and edition) and reads the pictures. */
        static Lezing van(BeeldBouwer bouwer, List<Gelabeld> uitspraken) {
            Map<Integer, Map<String, List<Gelabeld>>> perEditie = new TreeMap<>();
            uitspraken.forEach(u -> perEditie.computeIfAbsent(u.jaar(), j -> new TreeMap<>())
                    .computeIfAbsent(u.organisatie(), o -> new ArrayList<>()).add(u));
            Map<String, Set<String>> themas = new TreeMap<>();
            Map<String, OpkomendThema> opkomend = new LinkedHashMap<>();
            List<OpkomendeThemaZoeker.EerderThema> eerdere = new ArrayList<>();
            perEditie.forEach((jaar, perOrganisatie) -> {
                Map<String, String> idVan = new HashMap<>();
                List<StandTekst> standen = new ArrayList<>();
                perOrganisatie.forEach((organisatie, lijst) -> {
                    List<KnelpuntTekst> knelpunten = new ArrayList<>();
                    for (int positie = 0; positie < lijst.size(); positie++) {
                        knelpunten.add(lijst.get(positie).op(positie));
                        idVan.put(organisatie + "/" + positie, lijst.get(positie).id());
                    }
                    standen.add(new StandTekst(organisatie, 1, knelpunten));
                });
                EditieBeeld beeld = bouwer.bouw(jaar, standen, List.copyOf(eerdere));
                eerdere.addAll(beeld.opkomendeThemas());
                for (EditieBeeld.ThemaBeeld thema : beeld.themas()) {
                    List<String> leden = new ArrayList<>();
                    for (EditieBeeld.KnelpuntInThema k : thema.knelpunten()) {
                        String id = idVan.get(k.organisatie() + "/" + k.positie());
                        themas.computeIfAbsent(id, i -> new TreeSet<>()).add(thema.id());
                        leden.add(id);
                    }
                    if ("opkomend".equals(thema.soort())) {
                        opkomend.put(jaar + "/" + thema.id(), new OpkomendThema(jaar, thema.naam(),
                                thema.aantalOrganisaties(), leden));
                    }
                }
            });
            return new Lezing(themas, opkomend);
        }
    }

    /** Precision, recall and F1 per theme, and the recurring themes per edition, against the settled labels. */
    record Meting(Map<String, Telling> perThema, int onzeker, int zonderThema,
                  Map<Integer, Terugkerend> terugkerend) {

        record Telling(int tp, int fp, int fn) {

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

        record Terugkerend(Set<String> verwacht, Set<String> gevonden) {

            double jaccard() {
                Set<String> samen = new TreeSet<>(verwacht);
                samen.addAll(gevonden);
                Set<String> beide = new TreeSet<>(verwacht);
                beide.retainAll(gevonden);
                return samen.isEmpty() ? 1.0 : (double) beide.size() / samen.size();
            }
        }

        double macroF1() {
            return perThema.values().stream().mapToDouble(Telling::f1).average().orElse(0);
        }

        /** The statements read by this picture builder, measured against their labels. */
        static Meting meet(Taxonomie taxonomie, BeeldBouwer bouwer, List<Gelabeld> uitspraken) {
            return van(taxonomie, uitspraken, Lezing.van(bouwer, uitspraken));
        }

        static Meting van(Taxonomie taxonomie, List<Gelabeld> uitspraken, Lezing lezing) {
            Map<String, Telling> perThema = new LinkedHashMap<>();
            for (Thema thema : taxonomie.themas()) {
                int tp = 0, fp = 0, fn = 0;
                for (Gelabeld u : uitspraken) {
                    boolean verwacht = u.themas().contains(thema.id());
                    boolean gevonden = lezing.themas().getOrDefault(u.id(), Set.of()).contains(thema.id());
                    tp += verwacht && gevonden ? 1 : 0;
                    fp += !verwacht && gevonden ? 1 : 0;
                    fn += verwacht && !gevonden ? 1 : 0;
                }
                perThema.put(thema.id(), new Telling(tp, fp, fn));
            }
            int onzeker = (int) uitspraken.stream().filter(u -> lezing.themas().getOrDefault(u.id(), Set.of())
                    .contains(Taxonomie.ONZEKER)).count();
            int zonderThema = (int) uitspraken.stream().filter(u -> lezing.themas().getOrDefault(u.id(), Set.of())
                    .stream().noneMatch(taxonomie::kent)).count();
            Map<Integer, Terugkerend> terugkerend = new TreeMap<>();
            uitspraken.stream().map(Gelabeld::jaar).distinct().sorted().forEach(jaar -> {
                Map<String, Set<String>> verwacht = new TreeMap<>();
                Map<String, Set<String>> gevonden = new TreeMap<>();
                uitspraken.stream().filter(u -> u.jaar() == jaar).forEach(u -> {
                    u.themas().stream().filter(taxonomie::kent).forEach(t ->
                            verwacht.computeIfAbsent(t, k -> new TreeSet<>()).add(u.organisatie()));
                    lezing.themas().getOrDefault(u.id(), Set.of()).stream().filter(taxonomie::kent).forEach(t ->
                            gevonden.computeIfAbsent(t, k -> new TreeSet<>()).add(u.organisatie()));
                });
                terugkerend.put(jaar, new Terugkerend(metMinstens(verwacht, 2), metMinstens(gevonden, 2)));
            });
            return new Meting(perThema, onzeker, zonderThema, terugkerend);
        }

        private static Set<String> metMinstens(Map<String, Set<String>> organisatiesPerThema, int minimum) {
            Set<String> themas = new TreeSet<>();
            organisatiesPerThema.forEach((thema, organisaties) -> {
                if (organisaties.size() >= minimum) {
                    themas.add(thema);
                }
            });
            return themas;
        }
    }
}
