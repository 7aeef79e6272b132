package nl.uitvoering.standen.analyse;

import java.util.Set;
import java.util.TreeSet;

/**
 * A bottleneck with the themes a careful reader gave it: from the real corpus, the sample set or a decision of
 * the Stuurgroep. {@code herkomst} says which (corpus, voorbeelden, besluit), {@code organisatie} keeps an
 * organisation's examples together when the reader is cross-validated.
 */
public record Leervoorbeeld(String herkomst, String organisatie, KnelpuntTekst knelpunt, Set<String> themas) {

    public Leervoorbeeld {
        themas = new TreeSet<>(themas);
    }

    /** One line that identifies the example and its labels, for the hash of a training set. */
    String canoniek() {
        return herkomst + "\u001f" + organisatie + "\u001f" + knelpunt.titel() + "\u001f" + knelpunt.omschrijving()
                + "\u001f" + String.join(",", knelpunt.opgegevenThemas()) + "\u001f" + String.join(",", themas);
    }
}
