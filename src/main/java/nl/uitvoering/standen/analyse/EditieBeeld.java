package nl.uitvoering.standen.analyse;

import java.util.List;

/**
 * The consolidated picture of one edition: ranked themes and the laws most cited. {@code leesmodel} names the
 * version of the learned reader and the hash of its training data (null for a picture without one).
 */
public record EditieBeeld(int jaar, int aantalOrganisaties, String taxonomieVersie, String leesmodel,
                          List<ThemaBeeld> themas, List<WetBeeld> wetten) {

    /**
     * One theme of the picture. {@code soort} is taxonomie, opkomend, besloten (made by a decision), onzeker (the
     * reader's uncertain bottlenecks, for the Stuurgroep to decide) or overig; an
     * emergent theme carries the stems that characterise it, by which a later edition recognises it.
     * {@code besluiten} lists the Stuurgroep's decisions that shaped it (empty: fully automatic), {@code notitie}
     * its annotation, {@code omschrijving} what the theme is about (from the taxonomy, or as decided).
     */
    public record ThemaBeeld(String id, String naam, String soort, boolean terugkerend, int aantalOrganisaties,
                             double aandeelOrganisaties, int ernstGewicht, List<String> organisaties,
                             List<KnelpuntInThema> knelpunten, List<String> kenmerken, List<String> besluiten,
                             String notitie, String omschrijving) {

        public ThemaBeeld {
            besluiten = besluiten == null ? List.of() : List.copyOf(besluiten);
        }
    }

    /** The emergent themes of this picture, as earlier themes for the pictures of later editions. */
    public List<OpkomendeThemaZoeker.EerderThema> opkomendeThemas() {
        return themas.stream().filter(t -> "opkomend".equals(t.soort()))
                .map(t -> new OpkomendeThemaZoeker.EerderThema(t.id(), t.naam(), t.kenmerken()))
                .toList();
    }

    /** A bottleneck in a theme, traceable to its Stand by organisation, version and position. */
    public record KnelpuntInThema(String organisatie, int versie, int positie, String titel, String citaat,
                                  String ernst, double score, List<String> redenen) {
    }

    /** A law (BWB id) and the organisations whose bottlenecks cite it. */
    public record WetBeeld(String bwbId, int aantalOrganisaties, List<String> organisaties) {
    }
}
