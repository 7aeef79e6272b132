package nl.uitvoering.standen.analyse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;

/**
 * Turns one bottleneck into the features the learned reader weighs, all from Lucene's Dutch analysis: word stems
 * ({@code w:}), compound parts ({@code d:}, personeelstekort gives personeel and tekort), pairs of adjacent stems
 * ({@code p:}), the taxonomy's evidence per theme ({@code t:}, the expert's key phrases as a prior that also
 * carries themes with few examples) and the themes the organisation declared itself ({@code o:}).
 * The text features are scaled to unit length, so that a long statement does not outweigh a short one.
 */
public final class Kenmerken {

    static final String WOORD = "w:";
    static final String DEEL = "d:";
    static final String PAAR = "p:";
    static final String TAXONOMIE = "t:";
    static final String OPGEGEVEN = "o:";
    /**
     * The taxonomy's score is divided by this (and capped at three times it): one clear key phrase (weight 3)
     * then weighs 1.5, several times a single word of a normalised text, so that the expert's phrases lead and the
     * words learned from few examples adjust. Chosen by nested, organisation-grouped cross-validation on the
     * train and dev splits (see the README).
     */
    private static final double TAXONOMIE_SCHAAL = 2.0;

    private final NederlandseAnalyse analyse;
    private final TaxonomieToewijzer taxonomie;

    public Kenmerken(NederlandseAnalyse analyse, TaxonomieToewijzer taxonomie) {
        this.analyse = analyse;
        this.taxonomie = taxonomie;
    }

    /** The features of a bottleneck (training orders them by name itself). */
    public Map<String, Double> van(KnelpuntTekst knelpunt) {
        return van(knelpunt, taxonomie.bewijs(knelpunt));
    }

    /** The features, with the taxonomy's evidence already found (the reader quotes it in its reasons too). */
    public Map<String, Double> van(KnelpuntTekst knelpunt, List<Toewijzing> taxonomieBewijs) {
        Map<String, Double> tekst = new HashMap<>();
        voegTekstToe(tekst, analyse.posities(knelpunt.titel()));
        voegTekstToe(tekst, analyse.posities(knelpunt.omschrijving()));
        double lengte = Math.sqrt(tekst.values().stream().mapToDouble(v -> v * v).sum());
        Map<String, Double> kenmerken = new HashMap<>(tekst.size() * 2);
        tekst.forEach((naam, waarde) -> kenmerken.put(naam, waarde / Math.max(lengte, 1.0)));
        for (Toewijzing bewijs : taxonomieBewijs) {
            kenmerken.put(TAXONOMIE + bewijs.thema(),
                    Math.min(bewijs.score(), 3 * TAXONOMIE_SCHAAL) / TAXONOMIE_SCHAAL);
        }
        knelpunt.opgegevenThemas().forEach(thema -> kenmerken.put(OPGEGEVEN + thema, 1.0));
        return kenmerken;
    }

    private static void voegTekstToe(Map<String, Double> kenmerken, List<Set<String>> posities) {
        String vorige = null;
        for (Set<String> positie : posities) {
            boolean eerste = true;
            for (String stam : positie) {
                kenmerken.put((eerste ? WOORD : DEEL) + stam, 1.0);
                eerste = false;
            }
            String stam = positie.iterator().next();
            if (vorige != null) {
                kenmerken.put(PAAR + vorige + "_" + stam, 1.0);
            }
            vorige = stam;
        }
    }
}
