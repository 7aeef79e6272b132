package nl.uitvoering.standen.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a bottleneck the way an analyst would: which key phrases of which theme does its Dutch text contain?
 * The score of a theme is the sum of the weights of its distinct phrases found (more in the title), plus the
 * organisation's own declaration as extra evidence. Themes below the threshold are dropped, as are themes far
 * below the best one; what remains is returned with the phrases that caused it.
 */
public final class TaxonomieToewijzer implements ThemaToewijzer {

    private final NederlandseAnalyse analyse;
    private final Weging weging;
    private final Map<String, List<Kernbegrip>> begrippenPerThema;

    public TaxonomieToewijzer(Taxonomie taxonomie, NederlandseAnalyse analyse, Weging weging) {
        this.analyse = analyse;
        this.weging = weging;
        this.begrippenPerThema = new LinkedHashMap<>();
        for (Thema thema : taxonomie.themas()) {
            // Inflections of one phrase (systeem, systemen) share their stems and count once, at the highest weight.
            Map<List<String>, Kernbegrip> perStammen = new LinkedHashMap<>();
            thema.kernbegrippen().forEach((tekst, gewicht) -> perStammen.merge(analyse.stammen(tekst),
                    new Kernbegrip(tekst, analyse.stammen(tekst), gewicht),
                    (eerste, tweede) -> tweede.gewicht() > eerste.gewicht() ? tweede : eerste));
            begrippenPerThema.put(thema.id(), List.copyOf(perStammen.values()));
        }
    }

    @Override
    public List<Toewijzing> wijsToe(KnelpuntTekst knelpunt) {
        List<Toewijzing> kandidaten = new ArrayList<>();
        Map<String, Toewijzing> bewijs = new LinkedHashMap<>();
        bewijs(knelpunt).forEach(t -> bewijs.put(t.thema(), t));
        for (String thema : begrippenPerThema.keySet()) {
            Toewijzing gevonden = bewijs.get(thema);
            double score = gevonden == null ? 0 : gevonden.score();
            List<String> redenen = new ArrayList<>(gevonden == null ? List.of() : gevonden.redenen());
            if (knelpunt.opgegevenThemas().contains(thema)) {
                score += weging.opgegevenGewicht();
                redenen.add("door de organisatie zelf opgegeven");
            }
            if (score > 0) {
                kandidaten.add(new Toewijzing(thema, Math.round(score * 100) / 100.0, redenen));
            }
        }
        double beste = kandidaten.stream().mapToDouble(Toewijzing::score).max().orElse(0);
        return kandidaten.stream()
                .filter(t -> t.score() >= weging.drempel() && t.score() >= beste * weging.relatieveDrempel())
                .sorted(Comparator.comparingDouble(Toewijzing::score).reversed().thenComparing(Toewijzing::thema))
                .toList();
    }

    /**
     * The key phrases of each theme found in the text, as an unfiltered score per theme (the declaration of the
     * organisation left out): the evidence that the learned reader weighs and that its reasons quote.
     */
    public List<Toewijzing> bewijs(KnelpuntTekst knelpunt) {
        Tekstindex titel = Tekstindex.van(analyse.posities(knelpunt.titel()));
        Tekstindex omschrijving = Tekstindex.van(analyse.posities(knelpunt.omschrijving()));
        List<Toewijzing> bewijs = new ArrayList<>();
        for (Map.Entry<String, List<Kernbegrip>> thema : begrippenPerThema.entrySet()) {
            double score = 0;
            List<String> redenen = new ArrayList<>();
            for (Kernbegrip begrip : thema.getValue()) {
                if (begrip.komtVoorIn(titel)) {
                    score += begrip.gewicht() * weging.titelFactor();
                    redenen.add("'" + begrip.tekst() + "' in de titel");
                } else if (begrip.komtVoorIn(omschrijving)) {
                    score += begrip.gewicht();
                    redenen.add("'" + begrip.tekst() + "' in de omschrijving");
                }
            }
            if (score > 0) {
                bewijs.add(new Toewijzing(thema.getKey(), score, redenen));
            }
        }
        return bewijs;
    }
}
