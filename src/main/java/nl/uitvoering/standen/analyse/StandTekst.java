package nl.uitvoering.standen.analyse;

import java.util.List;

/** The latest version of one organisation's Stand, as input of the analysis. */
public record StandTekst(String organisatie, int versie, List<KnelpuntTekst> knelpunten) {

    public StandTekst {
        knelpunten = List.copyOf(knelpunten);
    }
}
