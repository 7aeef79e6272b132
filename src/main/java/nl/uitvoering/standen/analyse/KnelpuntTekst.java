package nl.uitvoering.standen.analyse;

import java.util.List;

/** The parts of one bottleneck that the analysis reads. {@code positie} is its 0-based place in the Stand. */
public record KnelpuntTekst(int positie, String titel, String omschrijving, Ernst ernst,
                            List<String> opgegevenThemas, List<String> wetten) {

    public KnelpuntTekst {
        opgegevenThemas = List.copyOf(opgegevenThemas);
        wetten = List.copyOf(wetten);
    }
}
