package nl.uitvoering.standen.analyse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The two independent labelling passes over the real corpus, and how well they agree: Cohen's kappa per theme on
 * the decision "this theme, yes or no".
 */
final class Lezingen {

    /** One reader's labels of one statement, as in {@code analyse/corpus/lezing-*.jsonl}. */
    record Regel(String id, List<String> themas, String opkomendOnderwerp, String twijfel) {
    }

    private Lezingen() {
    }

    static Map<String, Set<String>> lezing(String naam) {
        Map<String, Set<String>> labels = new TreeMap<>();
        JsonRegels.lees("/analyse/corpus/lezing-" + naam + ".jsonl", Regel.class)
                .forEach(regel -> labels.put(regel.id(), new TreeSet<>(regel.themas())));
        return labels;
    }

    static Map<String, Double> kappa(Taxonomie taxonomie) {
        return kappa(taxonomie, lezing("a"), lezing("b"));
    }

    private static Map<String, Double> kappa(Taxonomie taxonomie, Map<String, Set<String>> a,
                                             Map<String, Set<String>> b) {
        Map<String, Double> kappa = new LinkedHashMap<>();
        for (Thema thema : taxonomie.themas()) {
            kappa.put(thema.id(), cohen(a, b, thema.id()));
        }
        kappa.put(Taxonomie.OVERIG, cohen(a, b, Taxonomie.OVERIG));
        return kappa;
    }

    /** Cohen's kappa of two readers on whether each item has the theme. */
    static double cohen(Map<String, Set<String>> a, Map<String, Set<String>> b, String thema) {
        int beide = 0, alleenA = 0, alleenB = 0, geen = 0;
        for (String id : a.keySet()) {
            boolean inA = a.get(id).contains(thema);
            boolean inB = b.getOrDefault(id, Set.of()).contains(thema);
            beide += inA && inB ? 1 : 0;
            alleenA += inA && !inB ? 1 : 0;
            alleenB += !inA && inB ? 1 : 0;
            geen += !inA && !inB ? 1 : 0;
        }
        double n = beide + alleenA + alleenB + geen;
        double waargenomen = (beide + geen) / n;
        double verwacht = ((beide + alleenA) / n) * ((beide + alleenB) / n)
                + ((geen + alleenB) / n) * ((geen + alleenA) / n);
        return verwacht == 1 ? 1 : (waargenomen - verwacht) / (1 - verwacht);
    }

    static List<String> kappaTabel(Taxonomie taxonomie) {
        Map<String, Set<String>> a = lezing("a");
        Map<String, Set<String>> b = lezing("b");
        List<String> regels = new ArrayList<>();
        regels.add(String.format(Locale.ROOT, "%d uitspraken, elk door twee lezers onafhankelijk gelabeld.%n", a.size()));
        regels.add("| thema | lezer A | lezer B | beide | kappa |");
        regels.add("| --- | --- | --- | --- | --- |");
        kappa(taxonomie, a, b).forEach((thema, k) -> regels.add(String.format(Locale.ROOT,
                "| `%s` | %d | %d | %d | %.2f |", thema, aantal(a, thema), aantal(b, thema),
                a.keySet().stream().filter(id -> a.get(id).contains(thema) && b.get(id).contains(thema)).count(), k)));
        long gelijk = a.keySet().stream().filter(id -> a.get(id).equals(b.get(id))).count();
        regels.add(String.format(Locale.ROOT, "%nPrecies dezelfde thema's: %d van %d uitspraken.", gelijk, a.size()));
        return regels;
    }

    private static long aantal(Map<String, Set<String>> lezing, String thema) {
        return lezing.values().stream().filter(themas -> themas.contains(thema)).count();
    }
}
