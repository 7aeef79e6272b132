package nl.uitvoering.standen.analyse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
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
    private final List<String> themas;
    /** Every key phrase once, in theme order and then phrase order, with the theme it belongs to. */
    private final List<Kernbegrip> alleBegrippen = new ArrayList<>();
    private final List<String> themaVanBegrip = new ArrayList<>();
    /** Per stem the (indexes of the) key phrases that start with it: a text is checked only for those. */
    private final Map<String, List<Integer>> begrippenPerEersteStam = new HashMap<>();

    public TaxonomieToewijzer(Taxonomie taxonomie, NederlandseAnalyse analyse, Weging weging) {
        this.analyse = analyse;
        this.weging = weging;
        this.themas = taxonomie.themas().stream().map(Thema::id).toList();
        for (Thema thema : taxonomie.themas()) {
            // Inflections of one phrase (systeem, systemen) share their stems and count once, at the highest weight.
            Map<List<String>, Kernbegrip> perStammen = new LinkedHashMap<>();
            thema.kernbegrippen().forEach((tekst, gewicht) -> perStammen.merge(analyse.stammen(tekst),
                    new Kernbegrip(tekst, analyse.stammen(tekst), gewicht),
                    (eerste, tweede) -> tweede.gewicht() > eerste.gewicht() ? tweede : eerste));
            for (Kernbegrip begrip : perStammen.values()) {
                if (!begrip.stammen().isEmpty()) {
                    begrippenPerEersteStam.computeIfAbsent(begrip.stammen().get(0), s -> new ArrayList<>())
                            .add(alleBegrippen.size());
                }
                alleBegrippen.add(begrip);
                themaVanBegrip.add(thema.id());
            }
        }
    }

    @Override
    public List<Toewijzing> wijsToe(KnelpuntTekst knelpunt) {
        List<Toewijzing> kandidaten = new ArrayList<>();
        Map<String, Toewijzing> bewijs = new LinkedHashMap<>();
        bewijs(knelpunt).forEach(t -> bewijs.put(t.thema(), t));
        for (String thema : themas) {
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
        // Only phrases whose first stem occurs can occur; visiting them in index order keeps theme and phrase order.
        BitSet kandidaten = new BitSet(alleBegrippen.size());
        for (Tekstindex tekst : List.of(titel, omschrijving)) {
            for (String stam : tekst.plaatsen().keySet()) {
                begrippenPerEersteStam.getOrDefault(stam, List.of()).forEach(kandidaten::set);
            }
        }
        Map<String, Double> score = new LinkedHashMap<>();
        Map<String, List<String>> redenen = new LinkedHashMap<>();
        for (int i = kandidaten.nextSetBit(0); i >= 0; i = kandidaten.nextSetBit(i + 1)) {
            Kernbegrip begrip = alleBegrippen.get(i);
            String thema = themaVanBegrip.get(i);
            if (begrip.komtVoorIn(titel)) {
                score.merge(thema, begrip.gewicht() * weging.titelFactor(), Double::sum);
                redenen.computeIfAbsent(thema, t -> new ArrayList<>()).add("'" + begrip.tekst() + "' in de titel");
            } else if (begrip.komtVoorIn(omschrijving)) {
                score.merge(thema, begrip.gewicht(), Double::sum);
                redenen.computeIfAbsent(thema, t -> new ArrayList<>())
                        .add("'" + begrip.tekst() + "' in de omschrijving");
            }
        }
        List<Toewijzing> bewijs = new ArrayList<>();
        score.forEach((thema, waarde) -> bewijs.add(new Toewijzing(thema, waarde, redenen.get(thema))));
        return bewijs;
    }
}
