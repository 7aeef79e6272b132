package nl.uitvoering.standen.beeld;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.uitvoering.standen.analyse.EditieBeeld;

/**
 * How the consolidator read one Stand: per bottleneck the themes it was given and why (a theme of soort onzeker
 * means the reader was not sure, for the Stuurgroep to decide), and the learned reader that read it.
 */
public record StandAnalyse(String organisatie, int jaar, int versie, String leesmodel,
                           List<KnelpuntAnalyse> knelpunten) {

    public record KnelpuntAnalyse(int positie, String titel, List<ThemaKeuze> themas) {
    }

    public record ThemaKeuze(String id, String naam, String soort, double score, List<String> redenen) {
    }

    /** Collects the bottlenecks of one organisation from the themes of a picture; empty when it has none. */
    static Optional<StandAnalyse> uit(EditieBeeld beeld, String organisatie) {
        Map<Integer, KnelpuntAnalyse> perPositie = new TreeMap<>();
        int versie = 0;
        for (EditieBeeld.ThemaBeeld thema : beeld.themas()) {
            for (EditieBeeld.KnelpuntInThema knelpunt : thema.knelpunten()) {
                if (knelpunt.organisatie().equals(organisatie)) {
                    versie = knelpunt.versie();
                    perPositie.computeIfAbsent(knelpunt.positie(),
                                    p -> new KnelpuntAnalyse(p, knelpunt.titel(), new ArrayList<>()))
                            .themas().add(new ThemaKeuze(thema.id(), thema.naam(), thema.soort(), knelpunt.score(),
                                    knelpunt.redenen()));
                }
            }
        }
        return perPositie.isEmpty() ? Optional.empty()
                : Optional.of(new StandAnalyse(organisatie, beeld.jaar(), versie, beeld.leesmodel(),
                        List.copyOf(perPositie.values())));
    }
}
