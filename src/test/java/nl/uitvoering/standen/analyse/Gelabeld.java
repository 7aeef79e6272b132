package nl.uitvoering.standen.analyse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A bottleneck with the themes careful readers gave it, from the real corpus or the synthetic sample set. */
record Gelabeld(String id, int jaar, String organisatie, KnelpuntTekst knelpunt, List<String> themas) {

    /** The bottleneck at its place in a Stand. */
    KnelpuntTekst op(int positie) {
        return new KnelpuntTekst(positie, knelpunt.titel(), knelpunt.omschrijving(), knelpunt.ernst(),
                knelpunt.opgegevenThemas(), knelpunt.wetten());
    }

    static List<Gelabeld> uit(List<EchtCorpus.Uitspraak> uitspraken) {
        return uitspraken.stream().map(u -> new Gelabeld(u.id(), u.jaar(), u.organisatie(), u.alsKnelpunt(0),
                u.themas())).toList();
    }

    /** The synthetic samples, read the way the service gets them (titles and declared themes included). */
    static List<Gelabeld> voorbeelden() {
        try {
            Map<Integer, List<StandTekst>> standen = Voorbeeldset.standen();
            List<Gelabeld> gelabeld = new ArrayList<>();
            for (Voorbeeldset.Label label : Voorbeeldset.labels()) {
                StandTekst stand = standen.get(label.jaar()).stream()
                        .filter(s -> s.organisatie().equals(label.organisatie())).findFirst().orElseThrow();
                gelabeld.add(new Gelabeld(label.jaar() + "/" + label.organisatie() + "/" + label.index(),
                        label.jaar(), label.organisatie(), stand.knelpunten().get(label.index()), label.themas()));
            }
            return gelabeld;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
