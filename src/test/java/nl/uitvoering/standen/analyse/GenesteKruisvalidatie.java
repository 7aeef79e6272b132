package nl.uitvoering.standen.analyse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The honest development figure: the real train and dev statements in five parts by organisation; each part is
 * read by a reader trained (with its own inner cross-validation for calibration and thresholds) on the other four
 * and the samples. Design choices were made on this figure, never on the test split.
 */
final class GenesteKruisvalidatie {

    private static final int DELEN = 5;

    private GenesteKruisvalidatie() {
    }

    static Evaluatie.Meting meet(Taxonomie taxonomie) {
        List<EchtCorpus.Uitspraak> echt = EchtCorpus.uit(EchtCorpus.TRAIN, EchtCorpus.DEV);
        List<String> organisaties = echt.stream().map(EchtCorpus.Uitspraak::organisatie).distinct().sorted().toList();
        Kenmerken kenmerken = Analysekern.kenmerken(taxonomie);
        Map<String, Set<String>> gelezen = new TreeMap<>();
        for (int deel = 0; deel < DELEN; deel++) {
            Set<String> apart = new HashSet<>();
            for (int i = deel; i < organisaties.size(); i += DELEN) {
                apart.add(organisaties.get(i));
            }
            List<Leervoorbeeld> voorbeelden = new ArrayList<>();
            echt.stream().filter(u -> !apart.contains(u.organisatie())).forEach(u -> voorbeelden.add(u.alsLeervoorbeeld()));
            voorbeelden.addAll(Leerset.synthetisch());
            GeleerdeToewijzer lezer = new GeleerdeToewijzer(new Leerder(taxonomie, kenmerken).train("deel-" + deel,
                    voorbeelden), kenmerken, new TaxonomieToewijzer(taxonomie,
                    Analysekern.nederlandseAnalyse(taxonomie), Weging.STANDAARD), taxonomie);
            echt.stream().filter(u -> apart.contains(u.organisatie())).forEach(u -> {
                Set<String> themas = new TreeSet<>();
                lezer.wijsToe(u.alsKnelpunt(0)).forEach(t -> themas.add(t.thema()));
                gelezen.put(u.id(), themas);
            });
        }
        return Evaluatie.Meting.van(taxonomie, Gelabeld.uit(echt), new Evaluatie.Lezing(gelezen, Map.of()));
    }
}
