package nl.uitvoering.standen.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An analysed text with, per stem, the positions where it occurs, so that key phrases are found by lookup. */
record Tekstindex(List<Set<String>> posities, Map<String, List<Integer>> plaatsen) {

    static Tekstindex van(List<Set<String>> posities) {
        Map<String, List<Integer>> plaatsen = new HashMap<>();
        for (int positie = 0; positie < posities.size(); positie++) {
            for (String stam : posities.get(positie)) {
                plaatsen.computeIfAbsent(stam, s -> new ArrayList<>()).add(positie);
            }
        }
        return new Tekstindex(posities, plaatsen);
    }

    List<Integer> positiesVan(String stam) {
        return plaatsen.getOrDefault(stam, List.of());
    }
}
